<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign e = content.entry>
<@l.page title=e.tittel root=content.root lang=content.lang description=e.sammendrag jsonLd=e.jsonLd>
<@l.crumbs root=content.root items=[{"tittel": "Tjenester", "url": content.root + "tjenester/"}, {"tittel": e.tittel, "url": ""}]/>
<article class="oppforing tjeneste">
  <p class="merke">Tjeneste · ${e.eier}</p>
  <h1>${e.tittel}</h1>
  <p class="ingress">${e.sammendrag}</p>
  <section class="fakta" aria-label="Kort fortalt">
    <dl>
      <dt>For hvem</dt><dd>${e.maalgrupper?join(", ")}<#if e.alder?has_content> · ${e.alder}</#if><#if (e.byomrader?size > 0)> · ${e.byomrader?join(", ")}<#else> · hele byen</#if></dd>
      <dt>Slik kommer du i kontakt</dt><dd>${e.henvisning?join(". ")}.</dd>
      <#if e.driftesAv?has_content><dt>Drives av</dt><dd>${e.driftesAv} (ikke Bergen kommune)</dd></#if>
      <dt>Kontakt</dt>
      <dd>
        <#list e.kontakt as k><span class="kontakt">${k.navn}: <span class="verdi"><#if k.href?has_content><a href="${k.href}"<#if k.href?starts_with("http")> rel="noopener noreferrer"</#if>>${k.verdi}</a><#else>${k.verdi}</#if></span><#if k.kildeUrl??> <span class="kilde">(kilde: <a href="${k.kildeUrl}" rel="noopener noreferrer">${k.kildeNavn}</a>, kontrollert <time datetime="${k.lestIso}">${k.lest}</time>)</span></#if></span><#sep><br></#list>
        <#if (e.mangler?size > 0)><p class="mangler">Kontaktopplysninger (${e.mangler?join(", ")}) er ikke lagt inn ennå. Eieren av siden fyller dem inn.</p></#if>
      </dd>
    </dl>
  </section>
  <div class="tekst">${content.body?no_esc}</div>
  <#if e.kart??>
  <section class="naboskap" aria-labelledby="samarbeider">
    <h2 id="samarbeider">Samarbeider med</h2>
    <div class="naboskap-rad">
      <div class="nabokart-ramme">${e.kart?no_esc}</div>
      <div class="naboer">
      <#list e.naboer as g>
        <h3>${g.navn}</h3>
        <ul><#list g.oppforinger as p><li><a href="${p.url}"<#if p.lang?has_content> lang="${p.lang}"</#if>>${p.tittel}</a></li></#list></ul>
      </#list>
        <#if e.kartUrl??><p><a href="${e.kartUrl}">Samarbeidskartet for ${e.kartNavn}</a></p></#if>
      </div>
    </div>
  </section>
  </#if>
  <@l.law e=e/>
  <@l.related e=e/>
  <@l.entryFooter e=e/>
</article>
</@l.page>
