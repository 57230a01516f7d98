<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page title=content.title root=content.root>
<@l.crumbs root=content.root items=[{"tittel": content.title, "url": ""}]/>
<h1>${content.title}</h1>
<p>Bergen kommune skal følge kravene til universell utforming av IKT-løsninger, også på intranettet. Fellesområdet er laget for å oppfylle WCAG 2.1 nivå AA.</p>
<h2>Slik er nettstedet laget</h2>
<ul>
  <li>Alle sider kan brukes med tastatur alene, med synlig fokus og en lenke for å hoppe rett til innholdet.</li>
  <li>Sidene virker uten JavaScript. Bare søk mens du skriver og avkrysning i opplæringsstier trenger det.</li>
  <li>Teksten kan forstørres til 200 %, og sidene virker på smale skjermer ned til 320 piksler.</li>
  <li>Fargene har god kontrast, og informasjon gis aldri bare med farge.</li>
  <li>Sidene testes automatisk med axe-core for WCAG 2.0 og 2.1 A og AA ved hver endring.</li>
  <li>Nettstedet henter ingenting fra andre nettsteder.</li>
</ul>
<h2>Fant du en feil?</h2>
<p>Hver side har en lenke «Foreslå endring» og navnet på etaten som eier siden. Meld fra til den etaten, eller til Etat for barn og familie, som har ansvaret for Fellesområdet.</p>
</@l.page>
