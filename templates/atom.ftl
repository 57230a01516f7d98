<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>${content.title}</title>
  <subtitle>Tjenester, veiledere og samarbeid for barn, unge og familier i Bergen kommune</subtitle>
  <id>tag:bergen.kommune.no,2026:fellesomradet/nytt</id>
  <link rel="self" href="atom.xml"/>
  <link rel="alternate" type="text/html" href="./"/>
  <updated>${content.oppdatert}T00:00:00Z</updated>
  <author><name>Bergen kommune</name></author>
<#list content.oppforinger as e>
  <entry>
    <title>${e.tittel}</title>
    <id>tag:bergen.kommune.no,2026:fellesomradet/${e.slug}</id>
    <link rel="alternate" type="text/html" href="${e.url}"/>
    <updated>${e.datoIso}T00:00:00Z</updated>
    <summary>${e.sammendrag}</summary>
    <category term="${e.type}" label="${e.typeNavn}"/>
  </entry>
</#list>
</feed>
