<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign e = content.entry>
<@l.page title=e.tittel root=content.root lang=content.lang description=e.sammendrag bodyClass=(e.slug == "bekymret-for-et-barn")?then("flyt", "")>
<@l.crumbs root=content.root items=[{"tittel": "Veiledere", "url": content.root + "veiledere/"}, {"tittel": e.tittel, "url": ""}]/>
<article class="oppforing veileder">
  <p class="merke">Veileder</p>
  <h1>${e.tittel}</h1>
  <p class="ingress">${e.sammendrag}</p>
  <div class="tekst">${content.body?no_esc}</div>
  <@l.law e=e/>
  <@l.related e=e/>
  <@l.entryFooter e=e/>
</article>
</@l.page>
