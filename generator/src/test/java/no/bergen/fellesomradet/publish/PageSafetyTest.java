package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * Every page of the real site tells the browser to run only the site's own script files
 * (Content-Security-Policy), and carries no script the policy would have to allow: no inline
 * script, no on* handler, no javascript: address. Then an injection that slipped past the
 * Markdown escaping would still not run.
 */
class PageSafetyTest {

    @TempDir
    static Path dir;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build() throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
        pages = BuildTest.htmlPages(site);
        assertTrue(pages.size() > 64, "every entry and the generated pages: " + pages.size());
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void everyPageHasAStrictContentSecurityPolicyBeforeAnythingItGoverns() throws IOException {
        for (Path page : pages) {
            Document doc = parse(page);
            String name = site.relativize(page).toString();
            Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, name + " has no Content-Security-Policy");
            String policy = csp.attr("content");
            assertTrue(policy.contains("default-src 'self'"), name + ": " + policy);
            // Redirect pages for old slugs run no script at all ('none'), which is stricter still.
            assertTrue(policy.contains("script-src 'self'") || policy.contains("script-src 'none'"), name + ": " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("*"),
                    name + ": " + policy);
            // A policy in a meta tag governs only what comes after it.
            Element first = doc.head().selectFirst("script, link, style, base, meta[http-equiv=refresh]");
            if (first != null) {
                assertTrue(csp.elementSiblingIndex() < first.elementSiblingIndex(), name + ": " + first + " precedes the policy");
            }
        }
    }

    @Test
    void noPageHasInlineScriptOrEventHandlers() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Document doc = parse(page);
            String name = site.relativize(page).toString();
            for (Element script : doc.select("script")) {
                if (isDataBlock(script)) continue;
                if (!script.hasAttr("src") || !script.data().isBlank()) problems.add(name + ": inline " + script.outerHtml());
            }
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    if (a.getKey().toLowerCase().startsWith("on")) problems.add(name + ": " + a.getKey() + " on <" + el.tagName() + ">");
                    String value = a.getValue().toLowerCase().replaceAll("[\\s\\p{Cntrl}]", "");
                    if (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:")) {
                        problems.add(name + ": " + a);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * schema.org JSON-LD: a data block, which the browser never runs (so the policy need not allow
     * it), as long as it is valid JSON and nothing in it closed the element early.
     */
    private static boolean isDataBlock(Element script) {
        if (!script.attr("type").equals("application/ld+json") || script.hasAttr("src")) return false;
        try {
            new ObjectMapper().readTree(script.data());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void scriptsComeOnlyFromTheSiteItself() throws IOException {
        for (Path page : pages) {
            for (Element script : parse(page).select("script[src]")) {
                String src = script.attr("src");
                assertFalse(src.contains("//") || src.contains(":"), site.relativize(page) + " loads " + src);
            }
        }
    }
}
