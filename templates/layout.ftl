<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every page: skip link, header with search, the concern link, footer. -->
<#global site = content.site>
<#-- jsonLd: schema.org data for the page, JSON already escaped for a script block (StructuredData). -->
<#macro page title root lang="nb" description="" bodyClass="" jsonLd="">
<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="referrer" content="no-referrer">
<title>${title} – ${site.tittel}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css">
<link rel="alternate" type="application/atom+xml" title="Nytt og endret" href="${root}nytt/atom.xml">
<#if jsonLd?has_content><script type="application/ld+json">${jsonLd?no_esc}</script></#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="hopp" href="#innhold">Hopp til innholdet</a>
<header class="topp">
  <div class="ramme topp-rad">
    <a class="logo" href="${root}">${site.tittel}<span class="logo-under">Bergen kommune · barn, unge og familier</span></a>
    <form class="sokeskjema" role="search" action="${root}sok/" method="get">
      <label for="sok-felt" class="skjult">Søk i Fellesområdet</label>
      <input id="sok-felt" name="q" type="search" placeholder="Søk i Fellesområdet" autocomplete="off">
      <button type="submit">Søk</button>
    </form>
  </div>
  <nav class="ramme hovedmeny" aria-label="Hovedmeny">
    <ul>
      <li><a class="bekymret-lenke" href="${root}veiledere/bekymret-for-et-barn/">Bekymret for et barn?</a></li>
      <li><a href="${root}tjenester/">Tjenester</a></li>
      <li><a href="${root}veiledere/">Veiledere</a></li>
      <li><a href="${root}samarbeid/">Samarbeid</a></li>
      <li><a href="${root}stier/">Ny ansatt</a></li>
      <li><a href="${root}a-til-a/">A–Å</a></li>
    </ul>
  </nav>
</header>
<main id="innhold" class="ramme" tabindex="-1">
<#nested>
</main>
<footer class="bunn">
  <div class="ramme">
    <p><strong>Er et barn i fare nå?</strong> Ring 112 (politi) eller 113 (ambulanse). Se <a href="${root}veiledere/akutt-fare/">Akutt fare</a>.</p>
    <ul class="bunnlenker">
      <li><a href="${root}a-til-a/">A–Å</a></li>
      <li><a href="${root}etater/">Etter etat</a></li>
      <li><a href="${root}malgrupper/">Etter målgruppe</a></li>
      <li><a href="${root}samarbeidskart/">Samarbeidskart</a></li>
      <li><a href="${root}nytt/">Nytt og endret</a></li>
      <li><a href="${root}innholdsstatus/">Innholdsstatus (for redaktører)</a></li>
      <li><a href="${root}tilgjengelighet/">Tilgjengelighetserklæring</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>

<#macro crumbs root items>
<nav aria-label="Brødsmulesti" class="smuler"><ol>
  <li><a href="${root}">Forside</a></li>
  <#list items as i><li><#if i.url?has_content><a href="${i.url}">${i.tittel}</a><#else><span aria-current="page">${i.tittel}</span></#if></li></#list>
</ol></nav>
</#macro>

<#macro entryList items>
<ul class="oppforinger">
<#list items as e>
  <li><a href="${e.url}"<#if e.lang?has_content> lang="${e.lang}"</#if>>${e.tittel}</a> <span class="merke">${e.typeNavn}</span><#if e.sammendrag?has_content><br><span class="sammendrag"<#if e.lang?has_content> lang="${e.lang}"</#if>>${e.sammendrag}</span></#if></li>
</#list>
</ul>
</#macro>

<#-- Owner, last checked, sources and the edit link: the same on every entry page. -->
<#macro entryFooter e>
<section class="om-siden" aria-labelledby="om-siden">
  <h2 id="om-siden">Om denne siden</h2>
  <dl>
    <dt>Eier</dt><dd>${e.eier} (${e.byraadsavdeling})</dd>
    <dt>Innholdsansvarlig</dt><dd>${e.innholdseier}</dd>
    <dt>Sist kontrollert</dt><dd><time datetime="${e.sistKontrollertIso}">${e.sistKontrollert}</time></dd>
    <#if (e.los?size > 0)><dt>Emner (LOS)</dt><dd class="los"><#list e.los as t><a href="${t.url}" rel="noopener noreferrer">${t.navn}</a><#sep>, </#list></dd></#if>
  </dl>
  <h3>Kilder</h3>
  <ul class="kilder"><#list e.kilder as k><li>${k}</li></#list></ul>
  <p class="rediger"><#if e.redigerUrl?starts_with("http")><a href="${e.redigerUrl}" rel="noopener noreferrer">Foreslå endring</a> (filen ${e.kildefil})<#else>Foreslå endring: filen heter <code>${e.kildefil}</code>.</#if></p>
</section>
</#macro>

<#macro related e>
<#-- The editors' own picks first, then the closest of the rest (same målgruppe, structure, links). -->
<#if (e.seOgsa?size > 0) || (e.relatert?size > 0)>
<section class="relatert" aria-labelledby="relatert">
  <h2 id="relatert">Se også</h2>
  <@entryList items=(e.seOgsa + e.relatert)/>
</section>
</#if>
</#macro>

<#macro law e>
<#if (e.lovgrunnlag?size > 0)>
<section aria-labelledby="lovgrunnlag">
  <h2 id="lovgrunnlag">Lovgrunnlag</h2>
  <ul><#list e.lovgrunnlag as l><li><a href="${l.url}" rel="noopener noreferrer">${l.tekst}</a> <span class="dempet">(${l.lov})</span></li></#list></ul>
</section>
</#if>
<#if (e.bkkvalitet?size > 0)>
<section aria-labelledby="bkk">
  <h2 id="bkk">Dokumenter i BkKvalitet</h2>
  <ul><#list e.bkkvalitet as b><li><#if b.url?starts_with("http")><a href="${b.url}" rel="noopener noreferrer">${b.tittel}</a><#else>${b.tittel}</#if></li></#list></ul>
</section>
</#if>
</#macro>
