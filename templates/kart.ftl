<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.root description="Hvem samarbeider med hvem: tjenester etter byrådsavdeling og etat, og samarbeidsstrukturene.">
<@l.crumbs root=content.root items=[{"tittel": content.title, "url": ""}]/>
<h1>Samarbeidskart</h1>
<p class="ingress">Tjenestene for barn, unge og familier, gruppert etter byrådsavdeling og etat, og samarbeidsstrukturene de deltar i. Klikk på en boks for å lese mer. Under kartet står de samme forbindelsene som tekst.</p>
<p class="forklaring"><span class="strek deltar"></span> deltar i samarbeidsstruktur <span class="strek samarbeider"></span> samarbeider med</p>
<div class="kart-ramme">${content.svg?no_esc}</div>
<section aria-labelledby="som-tekst">
  <h2 id="som-tekst">Forbindelsene som tekst</h2>
  <ul class="kart-tekst">
  <#list content.lenker as e>
    <li><a href="${e.url}">${e.tittel}</a> (${e.typeNavn}): <#list e.partnere as p><a href="${p.url}">${p.tittel}</a><#sep>, </#list></li>
  </#list>
  </ul>
</section>
</@l.page>
