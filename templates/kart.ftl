<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign k = content.kart>
<@l.page title=k.tittel root=content.root description=k.ingress>
<#if k.hele>
<@l.crumbs root=content.root items=[{"tittel": "Samarbeidskart", "url": ""}]/>
<#else>
<@l.crumbs root=content.root items=[{"tittel": "Samarbeidskart", "url": content.root + "samarbeidskart/"}, {"tittel": content.title?remove_beginning("Samarbeidskart: "), "url": ""}]/>
</#if>
<h1>${k.tittel}</h1>
<p class="ingress">${k.ingress}</p>
<#-- One page per choice, so narrowing the map needs no JavaScript; closed on the narrower pages to keep the map near the top. -->
<details class="kartvalg"<#if k.hele> open</#if>>
<summary><#if k.hele>Vis bare en del av kartet<#else>Vis en annen del av kartet</#if></summary>
<nav aria-label="Deler av samarbeidskartet">
  <#if !k.hele><p><a href="${content.root}samarbeidskart/">Hele kartet</a></p></#if>
  <#list k.valg as seksjon>
  <h2 id="${seksjon.id}">${seksjon.tittel}</h2>
  <#if seksjon.flere?has_content><p><a href="${seksjon.flere}">Velg blant alle på siden for hele kartet</a></p></#if>
  <#if (seksjon.valg?size > 0)>
  <ul>
  <#list seksjon.valg as v>
    <li><@valg v/><#if (v.under?size > 0)><ul><#list v.under as u><li><@valg u/></li></#list></ul></#if></li>
  </#list>
  </ul>
  </#if>
  </#list>
</nav>
</details>
<p class="forklaring"><span class="strek deltar"></span> deltar i samarbeidsstruktur <span class="strek samarbeider"></span> samarbeider med<#if !k.hele> <span class="ramme-eksempel"></span> det utvalget handler om</#if></p>
<#if k.svg?has_content>
<div class="kart-ramme">${k.svg?no_esc}</div>
<#else>
<p class="mangler">Kartet har ${k.antall} tjenester og samarbeidsstrukturer, for mange til å tegnes slik at det kan leses. Velg en del av kartet over, eller les forbindelsene som tekst under.</p>
</#if>
<section aria-labelledby="som-tekst">
  <h2 id="som-tekst">Forbindelsene som tekst</h2>
  <ul class="kart-tekst">
  <#list k.lenker as e>
    <li><a href="${e.url}">${e.tittel}</a> (${e.typeNavn}): <#list e.partnere as p><a href="${p.url}">${p.tittel}</a><#sep>, </#list></li>
  </#list>
  </ul>
</section>
</@l.page>
<#macro valg v><#if v.gjeldende><a href="${v.url}" aria-current="page">${v.tittel}</a><#else><a href="${v.url}">${v.tittel}</a></#if></#macro>
