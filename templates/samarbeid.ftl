<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign e = content.entry>
<@l.page title=e.tittel root=content.root lang=content.lang description=e.sammendrag>
<@l.crumbs root=content.root items=[{"tittel": "Samarbeid", "url": content.root + "samarbeid/"}, {"tittel": e.tittel, "url": ""}]/>
<article class="oppforing samarbeid">
  <p class="merke">Samarbeid · ${e.eier}</p>
  <h1>${e.tittel}</h1>
  <p class="ingress">${e.sammendrag}</p>
  <#if (e.deltakere?size > 0)>
  <section class="fakta" aria-labelledby="deltakere"><h2 id="deltakere">Tjenester som deltar</h2><@l.entryList items=e.deltakere/></section>
  </#if>
  <div class="tekst">${content.body?no_esc}</div>
  <@l.law e=e/>
  <@l.related e=e/>
  <@l.entryFooter e=e/>
</article>
</@l.page>
