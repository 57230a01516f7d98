<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.root description="Sider som er nye eller endret, nyeste først.">
<@l.crumbs root=content.root items=[{"tittel": content.title, "url": ""}]/>
<h1>Nytt og endret</h1>
<p class="ingress">Sidene som sist er endret eller kontrollert, nyeste først. Følg med i nyhetsleseren din: <a href="atom.xml">abonner (Atom)</a>.</p>
<ol class="oppforinger">
<#list content.oppforinger as e>
  <li><time datetime="${e.datoIso}">${e.dato}</time>: <a href="${e.url}"<#if e.lang?has_content> lang="${e.lang}"</#if>>${e.tittel}</a> <span class="merke">${e.typeNavn}</span></li>
</#list>
</ol>
</@l.page>
