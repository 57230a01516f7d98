<#ftl output_format="HTML" strip_whitespace=true>
<!DOCTYPE html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'">
<meta http-equiv="refresh" content="0; url=${content.til}">
<link rel="canonical" href="${content.til}">
<title>Flyttet: ${content.title}</title>
</head>
<body>
<p>Siden har flyttet til <a href="${content.til}">${content.title}</a>.</p>
</body>
</html>
