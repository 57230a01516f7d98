<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.root description=content.ingress jsonLd=content.jsonLd!"">
<@l.crumbs root=content.root items=[{"tittel": content.title, "url": ""}]/>
<h1>${content.title}</h1>
<p class="ingress">${content.ingress}</p>
<#if (content.grupper?size > 1)>
<nav aria-label="Hopp til gruppe" class="grupper"><ul><#list content.grupper as g><li><a href="#${g.id}">${g.tittel}</a></li></#list></ul></nav>
</#if>
<#list content.grupper as g>
<section aria-labelledby="${g.id}">
  <#if g.overtittel?? && (g?index == 0 || content.grupper[g?index - 1].overtittel! != g.overtittel)><p class="overtittel">${g.overtittel}</p></#if>
  <h2 id="${g.id}">${g.tittel}</h2>
  <@l.entryList items=g.oppforinger/>
</section>
</#list>
</@l.page>
