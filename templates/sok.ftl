<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title="Søk" root=content.root description="Søk i Fellesområdet.">
<h1>Søk</h1>
<form role="search" action="./" method="get" class="sok-stor" id="sokeskjema">
  <label for="sok-side">Søk etter tjenester, veiledere og samarbeid</label>
  <div class="sok-rad"><input id="sok-side" name="q" type="search" autocomplete="off" aria-describedby="sok-status sok-hjelp"><button type="submit">Søk</button></div>
  <p id="sok-hjelp" class="dempet">Skriv det du lurer på med egne ord, på bokmål eller nynorsk. Trefflista oppdateres mens du skriver.</p>
</form>
<div id="sok-filtre" class="filtre" hidden>
  <label>Type <select name="type"><option value="">Alle</option></select></label>
  <label>Etat <select name="eier"><option value="">Alle</option></select></label>
  <label>Målgruppe <select name="malgruppe"><option value="">Alle</option></select></label>
</div>
<p id="sok-status" role="status" aria-live="polite" aria-atomic="true"></p>
<ol id="sokeresultater" class="oppforinger treff" data-rot="${content.root}" data-indeks="indeks/"></ol>
<p><button type="button" id="sok-flere" class="knapp" hidden>Vis flere treff</button></p>
<section id="alle" aria-labelledby="alle-tittel">
  <h2 id="alle-tittel">Alt i Fellesområdet, A–Å</h2>
  <#list content.grupper as g>
  <h3 id="${g.id}">${g.tittel}</h3>
  <@l.entryList items=g.oppforinger/>
  </#list>
</section>
<script src="${content.root}js/sok-motor.js" defer></script>
<script src="${content.root}js/sok.js" defer></script>
</@l.page>
