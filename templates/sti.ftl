<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign e = content.entry>
<@l.page title=e.tittel root=content.root lang=content.lang description=e.sammendrag>
<@l.crumbs root=content.root items=[{"tittel": "Ny ansatt", "url": content.root + "stier/"}, {"tittel": e.tittel, "url": ""}]/>
<article class="oppforing sti">
  <p class="merke">Opplæringssti</p>
  <h1>${e.tittel}</h1>
  <p class="ingress">${e.sammendrag}</p>
  <div class="tekst">${content.body?no_esc}</div>
  <h2 id="steg">Stegene</h2>
  <p class="dempet">Kryss av etter hvert. Avkrysningen lagres bare i denne nettleseren.</p>
  <ol class="stisteg" data-sti="${e.slug}">
  <#list e.steg as s>
    <li>
      <input type="checkbox" id="steg-${s.nr}" data-steg="${s.slug}" class="stisteg-boks" hidden>
      <a href="${s.url}">${s.tittel}</a> <span class="merke">${s.typeNavn}</span>
      <label for="steg-${s.nr}" class="stisteg-etikett" hidden>Ferdig med «${s.tittel}»</label>
      <p>${s.hvorfor}</p>
    </li>
  </#list>
  </ol>
  <script src="${content.root}js/sti.js" defer></script>
  <@l.related e=e/>
  <@l.entryFooter e=e/>
</article>
</@l.page>
