<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title="Søk" root=content.root description="Søk i Fellesområdet.">
<h1>Søk</h1>
<form role="search" action="./" method="get" class="sok-stor" id="sokeskjema">
  <label for="sok-side">Søk etter tjenester, veiledere og samarbeid</label>
  <div class="sok-rad"><input id="sok-side" name="q" type="search" autocomplete="off" aria-describedby="sok-status"><button type="submit">Søk</button></div>
</form>
<p id="sok-status" role="status" aria-live="polite" class="dempet"></p>
<ol id="sokeresultater" class="oppforinger"></ol>
<section id="alle" aria-labelledby="alle-tittel">
  <h2 id="alle-tittel">Alt i Fellesområdet, A–Å</h2>
  <#list content.grupper as g>
  <h3 id="${g.id}">${g.tittel}</h3>
  <@l.entryList items=g.oppforinger/>
  </#list>
</section>
<script src="${content.root}js/sok.js" defer></script>
</@l.page>
