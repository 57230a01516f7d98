package no.bergen.fellesomradet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.query.Hit;
import no.bergen.fellesomradet.search.query.Searcher;
import no.bergen.fellesomradet.serve.StaticFiles;

/** The built site in headless Chromium, served on loopback, as an employee would use it. */
class BrowserTest {

    /** One page of every type. */
    static final List<String> PAGES = List.of("", "tjenester/ppt/", "veiledere/bekymret-for-et-barn/", "veiledere/meldeplikt/",
            "samarbeid/tut/", "stier/ny-i-barnehage/", "stier/", "tjenester/", "a-til-a/", "etater/", "malgrupper/",
            "sok/", "sok/?q=bekymret", "sok/?q=xqzzy", "tilgjengelighet/", "finnes-ikke/", "tjenester/barne-og-familiehjelpen/",
            "innholdsstatus/", "nytt/", "samarbeidskart/", "samarbeidskart/etat/etat-for-skole/", "samarbeidskart/samarbeid/tut/",
            "samarbeidskart/malgruppe/ungdom/", "tjenester/barneverntjenesten/");

    @TempDir
    static Path dir;
    static TestProject project;
    static Path site;
    static HttpServer server;
    static String origin;
    static Chrome chrome;

    @BeforeAll
    static void start() throws Exception {
        project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", new StaticFiles(site));
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        chrome = Chrome.start(1200, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chrome != null) chrome.close();
        if (server != null) server.stop(0);
    }

    static void openAndWait(String path) throws Exception {
        chrome.open(origin + path);
        if (path.startsWith("sok/?q=")) waitForSearch();
    }

    static void waitForSearch() throws Exception {
        chrome.eval("new Promise(r => { const s = document.getElementById('sok-status');"
                + " const t = Date.now(); (function w(){ if (s.textContent.length > 0 || Date.now() - t > 5000) r(true); else setTimeout(w, 10); })(); })");
    }

    @Test
    void noPageLoadsAnythingFromOutsideTheSite() throws Exception {
        for (String page : PAGES) {
            chrome.clearRequests();
            openAndWait(page);
            for (String url : chrome.requests()) {
                assertTrue(url.startsWith(origin) || url.startsWith("data:") && false, page + " requested " + url);
            }
        }
        assertEquals(List.of(), chrome.consoleErrors());
    }

    @Test
    void axeFindsNoWcagViolationsOnAnyPageType() throws Exception {
        String axe;
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            openAndWait(page);
            chrome.eval(axe + ";true");
            Object v = chrome.eval("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa']}})"
                    + ".then(r => r.violations.map(x => x.id + ': ' + x.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')))");
            for (Object o : (List<?>) v) problems.add(page + " → " + o);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void keyboardAloneReachesSearchRunsItAndOpensAResult() throws Exception {
        openAndWait("");
        String focused = "";
        for (int i = 0; i < 5 && !focused.equals("sok-felt"); i++) {
            chrome.tab();
            focused = String.valueOf(chrome.eval("document.activeElement.id"));
        }
        assertEquals("sok-felt", focused, "the header search box is among the first tab stops");
        chrome.type("meldeplikt");
        chrome.enter();
        Thread.sleep(300);
        chrome.eval("new Promise(r => { (function w(){ if (document.readyState === 'complete' && location.pathname.endsWith('/sok/')) r(1); else setTimeout(w, 20); })(); })");
        waitForSearch();
        assertEquals("meldeplikt", chrome.eval("document.getElementById('sok-side').value"));
        String target = String.valueOf(chrome.eval("document.querySelector('#sokeresultater a').href"));
        String tag = "";
        for (int i = 0; i < 40 && !tag.equals(target); i++) {
            chrome.tab();
            tag = String.valueOf(chrome.eval("document.activeElement.href || ''"));
        }
        assertEquals(target, tag, "the first result is reachable with Tab");
        chrome.enter();
        chrome.eval("new Promise(r => { (function w(){ if (location.href === " + MiniJson.quote(target) + " && document.readyState === 'complete') r(1); else setTimeout(w, 20); })(); })");
        assertTrue(String.valueOf(chrome.eval("document.querySelector('h1').textContent")).toLowerCase().contains("meldeplikt"));
        assertTrue(target.endsWith("/veiledere/meldeplikt/"), target);
    }

    @Test
    void searchPageShowsTheSameTopTenAsTheCommandLine() throws Exception {
        List<String> queries = new ArrayList<>();
        try (InputStream in = BrowserTest.class.getResourceAsStream("/relevans/sporsmal.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) queries.add(line.split("\t")[0]);
            }
        }
        Project p = new Project(project.content);
        NorwegianAnalysis analysis = p.analysis();
        int checked = 0;
        try (Searcher s = Searcher.open(p.luceneDir(), analysis, p.synonyms(analysis), p.concernRule(analysis))) {
            for (String q : queries.subList(0, Math.min(25, queries.size()))) {
                openAndWait("sok/?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                List<String> shown = slugs(String.valueOf(chrome.eval(
                        "Array.from(document.querySelectorAll('#sokeresultater a')).slice(0, 10).map(a => a.getAttribute('href')).join(' ')")));
                List<String> expected = s.search(q, 10).stream().map(Hit::slug).toList();
                assertEquals(expected, shown, "query «" + q + "»");
                checked++;
            }
        }
        assertEquals(25, checked);
    }

    static List<String> slugs(String hrefs) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[a-z]+/([a-z0-9-]+)/").matcher(hrefs);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void concernGuidePrintsOnOneA4Page() throws Exception {
        openAndWait("veiledere/bekymret-for-et-barn/");
        byte[] pdf = chrome.pdf();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
        int pages = 0;
        while (m.find()) pages++;
        assertEquals(1, pages, "pages when printed");
    }

    @Test
    void pagesFitA320PixelScreenWithoutSidewaysScrolling() throws Exception {
        List<String> wide = new ArrayList<>();
        try {
            // 320 CSS px is also what a 1280 px screen shows at 400 % zoom; 640 px is 200 %.
            for (int width : new int[] {320, 640}) {
                chrome.call("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":800,\"deviceScaleFactor\":1,\"mobile\":true}");
                for (String page : PAGES) {
                    openAndWait(page);
                    Object overflow = chrome.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (((Number) overflow).intValue() > 0) wide.add(width + "px " + page + " overflows by " + overflow);
                }
            }
        } finally {
            chrome.call("Emulation.clearDeviceMetricsOverride", "{}");
        }
        assertEquals(List.of(), wide);
    }

    @Test
    void pathwayRemembersTickedStepsAfterReload() throws Exception {
        openAndWait("stier/ny-i-barnehage/");
        chrome.eval("document.querySelector('.stisteg-boks').click(); true");
        openAndWait("stier/ny-i-barnehage/");
        assertEquals(true, chrome.eval("document.querySelector('.stisteg-boks').checked"));
        chrome.eval("localStorage.clear(); true");
    }

    @Test
    void oddInputOnTheSearchPageNeverBreaksIt() throws Exception {
        for (String q : List.of("", "!!!", "AND (", "\"", "🙂", "مرحبا", "x".repeat(5000))) {
            openAndWait("sok/?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            chrome.eval("new Promise(r => setTimeout(() => r(1), 150))");
        }
        assertEquals(List.of(), chrome.consoleErrors());
    }

    @Test
    void aTypedSearchCanBeBookmarked() throws Exception {
        openAndWait("sok/");
        chrome.eval("document.getElementById('sok-side').focus(); true");
        chrome.type("helsesøster");
        waitForSearch();
        String expected = "?q=" + java.net.URLEncoder.encode("helsesøster", StandardCharsets.UTF_8).replace("+", "%20");
        // The status shows after the first letters' results; the address follows the last letter's
        // results, which on a busy machine come later than a fixed wait.
        chrome.eval("new Promise(r => { const t = Date.now(); (function w(){ if (location.search === '" + expected
                + "' || Date.now() - t > 5000) r(true); else setTimeout(w, 10); })(); })");
        assertEquals(expected, chrome.eval("location.search"));
        String first = String.valueOf(chrome.eval("document.querySelector('#sokeresultater a').href"));
        openAndWait("sok/" + chrome.eval("location.search"));
        assertEquals(first, chrome.eval("document.querySelector('#sokeresultater a').href"), "the bookmark shows the same results");
    }

    @Test
    void filtersCountWhatTheCommandLineFindsAndNarrowTheResults() throws Exception {
        String q = "barnevern";
        List<Hit> all;
        Project p = new Project(project.content);
        NorwegianAnalysis analysis = p.analysis();
        try (Searcher s = Searcher.open(p.luceneDir(), analysis, p.synonyms(analysis), p.concernRule(analysis))) {
            all = s.search(q, 100_000);
        }
        Map<String, Long> types = new java.util.TreeMap<>();
        Map<String, Long> owners = new java.util.TreeMap<>();
        for (Hit h : all) {
            types.merge(h.typeLabel(), 1L, Long::sum);
            owners.merge(h.owner(), 1L, Long::sum);
        }
        openAndWait("sok/?q=" + q);
        chrome.eval("new Promise(r => { const t = Date.now(); (function w(){ if (!document.getElementById('sok-filtre').hidden"
                + " || Date.now() - t > 5000) r(1); else setTimeout(w, 10); })(); })");
        assertEquals(options(types, all.size()), chrome.eval(optionsOf("type")), "type counts for «" + q + "»");
        assertEquals(options(owners, all.size()), chrome.eval(optionsOf("eier")), "etat counts for «" + q + "»");

        String label = types.keySet().stream().filter(t -> types.get(t) < all.size()).findFirst().orElseThrow();
        chrome.eval("(() => { const s = document.querySelector('#sok-filtre select[name=type]');"
                + " s.value = Array.from(s.options).find(o => o.textContent.startsWith(" + MiniJson.quote(label) + " + ' (')).value;"
                + " s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()");
        chrome.eval("new Promise(r => setTimeout(() => r(1), 200))");
        assertEquals(types.get(label) + " treff for «" + q + "».", chrome.eval("document.getElementById('sok-status').textContent"));
        Object badges = chrome.eval("Array.from(document.querySelectorAll('#sokeresultater .merke')).map(m => m.textContent.split(' · ')[0]).join('|')");
        for (String shown : String.valueOf(badges).split("\\|")) assertEquals(label, shown, "a filtered result of another type");
    }

    /** The options a filter should offer: "Alle (n)", then each value that occurs, with its count. */
    static String options(Map<String, Long> counts, int total) {
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(k + " (" + v + ")"));
        out.sort(null);
        out.add(0, "Alle (" + total + ")");
        return String.join("|", out);
    }

    static String optionsOf(String select) {
        return "(() => { const o = Array.from(document.querySelectorAll('#sok-filtre select[name=" + select + "] option'))"
                + ".map(o => o.textContent); return [o[0]].concat(o.slice(1).sort()).join('|'); })()";
    }

    @Test
    void noResultsSuggestsASpellingAndTheAtoZList() throws Exception {
        openAndWait("sok/?q=xqzzy");
        String status = String.valueOf(chrome.eval("document.getElementById('sok-status').textContent"));
        assertTrue(status.startsWith("Ingen treff for «xqzzy»"), status);
        assertEquals(true, chrome.eval("!!document.querySelector('#sok-status a[href$=\"a-til-a/\"]')"));
        assertEquals(true, chrome.eval("!!document.querySelector('#sok-status a[href$=\"veiledere/bekymret-for-et-barn/\"]')"),
                "with no spelling to offer, the concern guide is offered");
        openAndWait("sok/?q=q");
        status = String.valueOf(chrome.eval("document.getElementById('sok-status').textContent"));
        assertTrue(status.startsWith("Ingen treff ennå for «q». Skriv litt mer."), "a half-typed word: " + status);
    }

    @Test
    void noResultsShowsThePagesForTheClosestSpelling() throws Exception {
        openAndWait("sok/?q=fastlgen");
        // The message is written in steps (the question, then the nearest pages, then the A–Å link).
        chrome.eval("new Promise(r => { const t = Date.now(); (function w(){ if (document.querySelector('#sok-status a[href$=\"a-til-a/\"]')"
                + " || Date.now() - t > 5000) r(true); else setTimeout(w, 10); })(); })");
        String status = String.valueOf(chrome.eval("document.getElementById('sok-status').textContent"));
        assertTrue(status.startsWith("Ingen treff for «fastlgen». Mente du fastlege"), status);
        assertTrue(status.contains("Her er de nærmeste sidene."), status);
        assertEquals("fastlege", chrome.eval(
                "document.querySelector('#sokeresultater li a').getAttribute('href').split('/').filter(Boolean).pop()"),
                "the closest spelling's first page is listed, not an empty page");
    }

    @Test
    void screenshotsForTheReadme() throws Exception {
        Path out = Path.of(System.getProperty("screenshots", dir.resolve("bilder").toString()));
        Files.createDirectories(out);
        for (Map.Entry<String, String> shot : Map.of("forside.png", "", "tjeneste.png", "tjenester/ppt/",
                "sok.png", "sok/?q=helsesøster").entrySet()) {
            openAndWait(shot.getValue());
            byte[] png = chrome.screenshot(false);
            assertTrue(png.length > 10_000);
            Files.write(out.resolve(shot.getKey()), png);
        }
        // The maps: a service's own, with its list beside it, and one narrowed view of the samarbeidskart.
        for (Map.Entry<String, String[]> shot : Map.of("samarbeidskart-tjeneste.png", new String[] {"tjenester/ppt/", "section.naboskap"},
                "samarbeidskart-utsnitt.png", new String[] {"samarbeidskart/etat/etat-for-skole/", ".kart-ramme"}).entrySet()) {
            openAndWait(shot.getValue()[0]);
            byte[] png = chrome.screenshot(shot.getValue()[1]);
            assertTrue(png.length > 10_000);
            Files.write(out.resolve(shot.getKey()), png);
        }
    }
}
