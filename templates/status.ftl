<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.root description="Hvem eier hvilke sider, hvor gamle de er, og hva som mangler.">
<@l.crumbs root=content.root items=[{"tittel": content.title, "url": ""}]/>
<h1>Innholdsstatus</h1>
<p class="ingress">For redaktører: hvem som eier hvilke sider, når de sist ble kontrollert, og hva som mangler. Status per ${content.perDato}.</p>
<p><strong>${content.forfalt}</strong> sider er ikke kontrollert på mer enn 12 måneder. <strong>${content.medAdvarsler}</strong> sider har opplysninger som eieren må fylle inn.</p>
<#list content.grupper as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.tittel}</h2>
  <#if g.rolle?has_content><p class="dempet">Godkjennes av: ${g.rolle}</p></#if>
  <div class="tabell">
  <table>
    <thead><tr><th scope="col">Side</th><th scope="col">Sist kontrollert</th><th scope="col">Dager siden</th><th scope="col">Må fylles inn eller rettes</th></tr></thead>
    <tbody>
    <#list g.rader as r>
      <tr<#if r.forfalt> class="forfalt"</#if>>
        <th scope="row"><a href="${r.url}">${r.tittel}</a></th>
        <td>${r.sistKontrollert}<#if r.forfalt> <strong>(forfalt)</strong></#if></td>
        <td>${r.dager?c}</td>
        <td><#if (r.advarsler?size > 0)><ul><#list r.advarsler as a><li>${a}</li></#list></ul><#else>–</#if></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
</section>
</#list>
</@l.page>
