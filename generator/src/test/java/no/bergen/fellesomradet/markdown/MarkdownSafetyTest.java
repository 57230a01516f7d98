package no.bergen.fellesomradet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An entry's body is written by many editors and reaches every employee's browser: whatever HTML
 * or dangerous link form it contains, the rendered page must not run it. Markdown.render is the
 * only way body text becomes HTML, so it is tested here on its own; PageSafetyTest checks the
 * built pages.
 */
class MarkdownSafetyTest {

    private final Markdown markdown = new Markdown();

    /** Like PageModels.resolve, seen from an entry page: every kind of target gets an address. */
    private static String resolve(LinkTarget t) {
        if (t instanceof LinkTarget.Entry e) return "../../tjenester/" + e.slug() + "/";
        if (t instanceof LinkTarget.External e) return e.url();
        if (t instanceof LinkTarget.Law l) return "https://lovdata.no/lov/" + l.law() + "/%C2%A7" + l.section();
        if (t instanceof LinkTarget.Bkk b) return "https://bkkvalitet.example/" + b.id();
        if (t instanceof LinkTarget.Fragment f) return "#" + f.fragment();
        if (t instanceof LinkTarget.Asset a) return "../../filer/" + a.path();
        return null;
    }

    /** Also the way a build renders it (see OpenLinksTest), which must give the same page. */
    private Document render(String body) {
        String html = markdown.render(body, "tjenester", MarkdownSafetyTest::resolve);
        Markdown build = Markdown.forBuild();
        build.inspect(body, 1, "tjenester");
        assertEquals(html, build.render(body, "tjenester", MarkdownSafetyTest::resolve));
        return Jsoup.parseBodyFragment(html);
    }

    /** Nothing in the output can run: no script, frame, object or embed, no on* handler. */
    private static void assertInert(Document doc) {
        assertTrue(doc.select("script, iframe, frame, object, embed, svg, math, style, base, form, meta, link").isEmpty(),
                doc.body().html());
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "handler " + a + " in " + doc.body().html());
                assertFalse(a.getValue().toLowerCase().replaceAll("[\\s\\p{Cntrl}]", "").startsWith("javascript:"),
                        "javascript: in " + a + " in " + doc.body().html());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Tekst <script>alert(1)</script> midt i.",
            "<img src=x onerror=alert(1)>",
            "Se <img src=x onerror=\"alert(1)\"> her.",
            "<iframe src=\"https://example.com\"></iframe>",
            "<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">klikk</a>",
            "<div onclick=\"alert(1)\">\n\n**fet**\n\n</div>",
            "<!-- <script>alert(1)</script> -->",
            "<style>body{display:none}</style>",
            "<base href=\"https://evil.example/\">",
            "<form action=\"https://evil.example/\"><input name=p></form>"})
    void rawHtmlIsShownAsTextNotRun(String body) {
        Document doc = render(body);
        assertInert(doc);
        // The reader sees what the editor wrote, as text, instead of a silently missing piece.
        assertTrue(doc.text().contains("<"), doc.body().html());
    }

    @Test
    void scriptTagIsEscaped() {
        String html = markdown.render("<script>alert(1)</script>", "tjenester", MarkdownSafetyTest::resolve);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[klikk](javascript:alert(1))",
            "[klikk](JaVaScRiPt:alert(1))",
            "[klikk](<java\tscript:alert(1)>)",
            "[klikk](<java\nscript:alert(1)>)",
            "[klikk](java&#9;script:alert(1))",
            "[klikk](&#106;avascript:alert(1))",
            "[klikk](&#x6A;&#x61;vascript:alert(1))",
            "[klikk](%20javascript:alert(1))",
            "[klikk]( javascript:alert(1))",
            "[klikk](\u0001javascript:alert(1))",
            "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[klikk](DATA:text/html,<script>alert(1)</script>)",
            "[klikk](vbscript:msgbox(1))",
            "[klikk](VbScRiPt:msgbox(1))",
            "[klikk](file:///etc/passwd)",
            "<javascript:alert(1)>",
            "[klikk][r]\n\n[r]: javascript:alert(1)",
            "[klikk](//evil.example/)"})
    void dangerousLinkLosesItsHref(String body) {
        Document doc = render(body);
        assertInert(doc);
        for (Element a : doc.select("a")) {
            String href = a.attr("href").toLowerCase().replaceAll("[\\s\\p{Cntrl}]", "");
            // A relative address inside the site is harmless; any scheme or other host is not.
            assertFalse(href.contains(":") && !href.startsWith("../../filer/") || href.startsWith("//"),
                    "href kept: " + a.outerHtml());
        }
        // The link text stays readable.
        assertTrue(doc.text().contains("klikk") || doc.text().contains("javascript"), doc.body().html());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![bilde](javascript:alert(1))",
            "![bilde](JaVaScRiPt:alert(1))",
            "![bilde](&#106;avascript:alert(1))",
            "![bilde](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![bilde](vbscript:msgbox(1))",
            "![bilde](https://evil.example/sporing.png)"})
    void dangerousImageLosesItsSrc(String body) {
        Document doc = render(body);
        assertInert(doc);
        Element img = doc.selectFirst("img");
        assertTrue(img != null && !img.hasAttr("src"), doc.body().html());
    }

    @Test
    void imageInTheContentFolderKeepsItsSrc() {
        assertEquals("../../filer/tjenester/bilde.png", render("![bilde](bilde.png)").selectFirst("img").attr("src"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[NAV](https://www.nav.no/)", "<https://www.nav.no/>", "[NAV](HTTPS://www.nav.no/)",
            "[skriv](mailto:post@bergen.kommune.no)", "[loven](lov:barnevernsloven/13-2)", "[rutine](bkk:12345)"})
    void linkLeavingTheSiteGetsNoopenerNoreferrer(String body) {
        Element a = render(body).selectFirst("a[href]");
        // A page opened from the intranet must not be able to reach back (noopener) or learn where
        // the reader came from (noreferrer).
        assertEquals("noopener noreferrer", a.attr("rel"), a.outerHtml());
    }

    @Test
    void linkInsideTheSiteHasNoRel() {
        Element a = render("[PPT](ppt.md)").selectFirst("a");
        assertEquals("../../tjenester/ppt/", a.attr("href"));
        assertFalse(a.hasAttr("rel"), a.outerHtml());
    }

    @Test
    void quotesInALinkTitleCannotOpenAnAttribute() {
        Document doc = render("[NAV](https://www.nav.no/ \"\\\" onmouseover=\\\"alert(1)\")");
        assertInert(doc);
        assertEquals("\" onmouseover=\"alert(1)", doc.selectFirst("a").attr("title"));
    }

    @Test
    void quotesInAnAddressCannotOpenAnAttribute() {
        Document doc = render("[NAV](<https://www.nav.no/\" onmouseover=\"alert(1)>)");
        assertInert(doc);
        Element a = doc.selectFirst("a");
        assertEquals(java.util.Set.of("href", "rel"), a.attributes().asList().stream().map(Attribute::getKey)
                .collect(java.util.stream.Collectors.toSet()), a.outerHtml());
    }
}
