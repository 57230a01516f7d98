<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#-- 404.html is served from any depth, so its links are absolute from the site root. -->
<@l.page title=content.title root="/">
<h1>Fant ikke siden</h1>
<p>Siden finnes ikke, eller den har fått ny adresse.</p>
<ul>
  <li><a href="/sok/">Søk i Fellesområdet</a></li>
  <li><a href="/a-til-a/">Se alt fra A til Å</a></li>
  <li><a href="/veiledere/bekymret-for-et-barn/">Bekymret for et barn?</a></li>
</ul>
</@l.page>
