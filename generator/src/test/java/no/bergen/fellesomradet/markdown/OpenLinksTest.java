package no.bergen.fellesomradet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;

/**
 * A build renders each body while it checks it, with the addresses left open, and fills them in
 * when the page is written. Every page must come out exactly as rendering it then would give.
 */
class OpenLinksTest {

    /** Every kind of address, and none for some, as for a link to a missing entry or an unset BkKvalitet URL. */
    private static String resolve(LinkTarget t) {
        if (t instanceof LinkTarget.Entry e) return e.slug().compareTo("m") < 0 ? "../../tjenester/" + e.slug() + "/" : null;
        if (t instanceof LinkTarget.External e) return e.url();
        if (t instanceof LinkTarget.Law l) return "https://lovdata.no/lov/" + l.law() + "/%C2%A7" + l.section() + "?a=1&b=\"2\"";
        if (t instanceof LinkTarget.Fragment f) return "#" + f.fragment();
        if (t instanceof LinkTarget.Asset a) return "../../filer/" + a.path();
        return null;
    }

    private static String direct(String body, String folder) {
        return new Markdown().render(body, folder, OpenLinksTest::resolve);
    }

    @Test
    void everyRealBodyComesOutAsRenderingItAtOnceWould() throws IOException {
        Project project = new Project(TestProject.REPO.resolve("content"));
        List<Entry> entries = new ContentLoader(project.contentDir(), TestProject.REPO, LocalDate.now(), new Markdown())
                .load(project.settings()).site().orElseThrow().entries();
        Markdown markdown = Markdown.forBuild();
        int links = 0;
        for (Entry e : entries) {
            String folder = e.type().folder();
            OpenLinks open = markdown.open(e.body(), folder);
            links += open.targets().size();
            String html = open.resolve(OpenLinksTest::resolve);
            assertNotNull(html, e.source().toString());
            assertEquals(direct(e.body(), folder), html, e.source().toString());
        }
        assertTrue(links > 100, "the real bodies have links to fill in: " + links);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[PPT](ppt.md) og [finnes ikke](zz-mangler.md) og [lov](lov:barnevernsloven#4-1)",
            "[ekstern](<https://example.no/?a=1&b=2> \"tittel med \\\"sitat\\\"\")",
            "![bilde](bilde.png) [![bilde i lenke](bilde.png)](ppt.md)",
            "## Overskrift\n\n[til overskriften](#overskrift) [ugyldig](javascript:alert(1))",
            "Ingen lenker, bare <b>HTML</b> & tegn."})
    void theBuildsPagesAreTheSameAsRenderedAtOnce(String body) {
        Markdown build = Markdown.forBuild();
        build.inspect(body, 1, "tjenester");
        assertNotNull(build.open(body, "tjenester").resolve(OpenLinksTest::resolve));
        assertEquals(direct(body, "tjenester"), build.render(body, "tjenester", OpenLinksTest::resolve));
    }

    @Test
    void aBodysOwnZeroCharacterIsNotTakenForAnOpenAddress() {
        String body = "[PPT](ppt.md \"\u0000\") og [ekstern](https://example.no/) ![\u0000](bilde.png)";
        String html = Markdown.forBuild().open(body, "tjenester").resolve(OpenLinksTest::resolve);
        assertEquals(direct(body, "tjenester"), html);
        assertTrue(html.contains("title=\"\uFFFD\""), html);
    }

    @Test
    void marksThatDoNotAddUpGiveNoPage() {
        OpenLinks open = new OpenLinks("tjenester", "<a href=\"\u0000\">a</a> <a title=\"\u0000\">b</a>",
                List.of(new LinkTarget.External("https://example.no/")));
        assertNull(open.resolve(OpenLinksTest::resolve));
    }
}
