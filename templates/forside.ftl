<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title="Forside" root="" description="Hvilken tjeneste gjør hva for barn, unge og familier i Bergen kommune, og hva du gjør når du er bekymret for et barn.">
<h1 class="skjult">${site.tittel}</h1>
<section class="sok-stor" aria-labelledby="sok-tittel">
  <h2 id="sok-tittel">Hva leter du etter?</h2>
  <form role="search" action="sok/" method="get">
    <label for="sok-forside">Søk etter tjenester, veiledere og samarbeid</label>
    <div class="sok-rad"><input id="sok-forside" name="q" type="search" autocomplete="off"><button type="submit">Søk</button></div>
  </form>
</section>
<section class="bekymret" aria-labelledby="bekymret-tittel">
  <h2 id="bekymret-tittel">Bekymret for et barn?</h2>
  <p>Du trenger ikke være sikker. Snakk med lederen din, og følg stegene.</p>
  <p class="knapper"><a class="knapp" href="veiledere/bekymret-for-et-barn/">Slik gjør du det, steg for steg</a>
  <a class="knapp fare" href="veiledere/akutt-fare/">Barnet er i fare nå</a></p>
</section>
<div class="innganger">
  <section aria-labelledby="situasjon">
    <h2 id="situasjon">Etter situasjon</h2>
    <ul>
      <li><a href="veiledere/bekymret-for-et-barn/">Jeg er bekymret for et barn</a></li>
      <li><a href="stier/">Jeg er ny i jobben</a></li>
      <li><a href="samarbeid/">Jeg trenger en samarbeidspartner</a> (se også <a href="samarbeidskart/">samarbeidskartet</a>)</li>
      <li><a href="tjenester/">Jeg leter etter en tjeneste</a></li>
    </ul>
  </section>
  <section aria-labelledby="alder">
    <h2 id="alder">Etter målgruppe</h2>
    <ul><#list content.malgrupper as m><li><a href="${m.url}">${m.navn}</a></li></#list></ul>
  </section>
  <section aria-labelledby="etat">
    <h2 id="etat">Etter etat</h2>
    <ul><#list content.etater as m><li><a href="${m.url}">${m.navn}</a></li></#list></ul>
  </section>
</div>
<section aria-labelledby="veiledere-tittel">
  <h2 id="veiledere-tittel">Veiledere</h2>
  <@l.entryList items=content.veiledere/>
</section>
</@l.page>
