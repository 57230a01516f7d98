package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.relations.Crossings;
import no.bergen.fellesomradet.relations.Drawing;

/**
 * The built site's cooperation maps, checked against the front matter itself (read here with
 * SnakeYAML, not through the generator): every service's own map links every partner, the
 * samarbeidskart offers each narrower view, and each map's stated crossings are the crossings of
 * the lines it draws.
 */
class CooperationMapsTest {

    @TempDir
    static Path dir;
    static Path site;
    /** Slug → front matter, for every entry. */
    static final Map<String, Map<String, Object>> FRONT = new TreeMap<>();

    @BeforeAll
    static void build() throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
        try (Stream<Path> files = Files.walk(project.content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(f);
                int end = text.indexOf("\n---", 4);
                Map<String, Object> yaml = new Yaml().load(text.substring(4, end));
                FRONT.put(f.getFileName().toString().replace(".md", ""), yaml);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Map<String, Object> front, String key) {
        Object v = front.get(key);
        return v == null ? List.of() : (List<String>) v;
    }

    static String folder(String slug) {
        return switch ((String) FRONT.get(slug).get("type")) {
            case "tjeneste" -> "tjenester";
            case "samarbeid" -> "samarbeid";
            case "veileder" -> "veiledere";
            default -> "stier";
        };
    }

    /** Whom a service works with, by the front matter: both sides of samarbeider_med, and the structures it takes part in. */
    static Set<String> partners(String service) {
        Set<String> out = new TreeSet<>(list(FRONT.get(service), "samarbeider_med"));
        FRONT.forEach((slug, f) -> {
            if (list(f, "samarbeider_med").contains(service) || list(f, "deltakere").contains(service)) out.add(slug);
        });
        out.remove(service);
        return out;
    }

    @Test
    void everyServiceWithPartnersShowsItsOwnMapWithALinkToEachPartner() throws IOException {
        int maps = 0;
        for (String slug : FRONT.keySet()) {
            if (!"tjeneste".equals(FRONT.get(slug).get("type"))) continue;
            Document doc = Jsoup.parse(site.resolve("tjenester/" + slug + "/index.html").toFile(), "UTF-8");
            Set<String> expected = new TreeSet<>();
            for (String p : partners(slug)) expected.add("../../" + folder(p) + "/" + p + "/");
            Element map = doc.selectFirst("svg.nabokart");
            if (expected.isEmpty()) {
                assertNull(map, slug + " works with no one, so has no map");
                continue;
            }
            assertNotNull(map, slug + " has partners but no map");
            maps++;
            assertEquals(expected, new TreeSet<>(map.select("a").eachAttr("href")), slug + ": the map's links");
            assertEquals(expected, new TreeSet<>(doc.select(".naboer li a").eachAttr("href")), slug + ": the list beside it");
            assertEquals(map.attr("aria-labelledby"), map.selectFirst("title").id());
            assertEquals(map.attr("aria-describedby"), map.selectFirst("desc").id());
            assertTrue(map.selectFirst("title").text().contains(doc.selectFirst("h1").text()), slug + ": the map is named for the service");
            assertEquals("0", map.attr("data-kryss"), slug + ": lines along the spine never cross");
        }
        assertTrue(maps >= 30, maps + " service maps");
    }

    @Test
    void theSamarbeidskartOffersEveryByradsavdelingStructureAndMalgruppeAsAPageOfItsOwn() throws IOException {
        Document doc = Jsoup.parse(site.resolve("samarbeidskart/index.html").toFile(), "UTF-8");
        Set<String> offered = new HashSet<>(doc.select(".kartvalg a").eachAttr("href"));
        for (String slug : FRONT.keySet()) {
            if ("samarbeid".equals(FRONT.get(slug).get("type"))) {
                assertTrue(offered.contains("../samarbeidskart/samarbeid/" + slug + "/"), slug);
            }
        }
        for (String view : List.of("byradsavdeling/bbs/", "etat/etat-for-skole/", "malgruppe/ungdom/", "etat/drives-av-andre/")) {
            assertTrue(offered.contains("../samarbeidskart/" + view), view);
        }
        for (String href : offered) {
            Document page = Jsoup.parse(site.resolve("samarbeidskart").resolve(href).resolve("index.html").normalize().toFile(), "UTF-8");
            assertNotNull(page.selectFirst("svg.kart"), href);
            assertEquals(1, page.select(".kartvalg a[aria-current=page]").size(), href + " marks itself among the choices");
            assertTrue(page.select(".kart-tekst li").size() > 0 || page.select("svg.kart path").isEmpty(), href + " lists its lines as text");
        }
        assertTrue(offered.size() >= 25, offered.size() + " views");
    }

    private static final Pattern CURVE = Pattern.compile("M(-?\\d+) (-?\\d+)C(-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)");
    private static final Pattern ELBOW = Pattern.compile("M(-?\\d+) (-?\\d+)V(-?\\d+)H(-?\\d+)");

    /** The crossings of the lines an SVG draws, from their path data. */
    static int crossingsDrawn(Element svg) {
        List<Drawing.Line> lines = new ArrayList<>();
        for (Element path : svg.select("g.linjer path")) {
            String d = path.attr("d");
            Matcher c = CURVE.matcher(d);
            Matcher e = ELBOW.matcher(d);
            List<Drawing.Point> points;
            if (c.matches()) {
                double[] v = new double[8];
                for (int i = 0; i < 8; i++) v[i] = Double.parseDouble(c.group(i + 1));
                points = Crossings.cubic(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            } else if (e.matches()) {
                double x = Double.parseDouble(e.group(1));
                double y = Double.parseDouble(e.group(3));
                points = List.of(new Drawing.Point(x, Double.parseDouble(e.group(2))), new Drawing.Point(x, y),
                        new Drawing.Point(Double.parseDouble(e.group(4)), y));
            } else {
                throw new AssertionError("a line this test cannot read: " + d);
            }
            lines.add(new Drawing.Line(null, d, points));
        }
        return Crossings.count(lines);
    }

    @Test
    void everyMapStatesTheCrossingsOfTheLinesItDraws() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int checked = 0;
        for (Path page : pages) {
            for (Element svg : Jsoup.parse(page.toFile(), "UTF-8").select("svg.kart")) {
                assertEquals(svg.attr("data-kryss"), String.valueOf(crossingsDrawn(svg)), site.relativize(page).toString());
                checked++;
            }
        }
        assertTrue(checked > 60, checked + " maps");
        Element whole = Jsoup.parse(site.resolve("samarbeidskart/index.html").toFile(), "UTF-8").selectFirst("svg.kart");
        // 3,859 crossings in catalog order; 1,463 laid out on the 80 entries of December 2026 (docs/samarbeidskart.md).
        assertTrue(Integer.parseInt(whole.attr("data-kryss")) <= 1600, whole.attr("data-kryss"));
    }

    @Test
    void seOgsaShowsTheEditorsPicksFirstThenAtMostFiveMoreThatThePageDoesNotLinkAlready() throws IOException {
        for (String slug : List.of("ppt", "barneverntjenesten", "helsestasjon")) {
            Document doc = Jsoup.parse(site.resolve("tjenester/" + slug + "/index.html").toFile(), "UTF-8");
            List<String> shown = doc.select(".relatert li > a").eachAttr("href");
            List<String> picked = list(FRONT.get(slug), "se_ogsa").stream().map(p -> "../../" + folder(p) + "/" + p + "/").toList();
            assertEquals(picked, shown.subList(0, picked.size()), slug + ": the editors' picks first, in their order");
            List<String> more = shown.subList(picked.size(), shown.size());
            assertTrue(more.size() >= 1 && more.size() <= 5, slug + ": " + more);
            assertEquals(shown.size(), new HashSet<>(shown).size(), slug + ": no entry twice");
            Set<String> partners = new HashSet<>(doc.select(".naboer li a").eachAttr("href"));
            for (String m : more) assertFalse(partners.contains(m), slug + ": " + m + " is already on the map");
        }
    }

    @Test
    void everyPageHasTheFaviconSoNoBrowserAsksForAMissingOne() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) continue;
            Element icon = doc.selectFirst("link[rel=icon]");
            assertNotNull(icon, site.relativize(page).toString());
            String href = icon.attr("href");
            Path file = href.startsWith("/") ? site.resolve(href.substring(1)) : page.getParent().resolve(href).normalize();
            assertTrue(Files.isRegularFile(file), site.relativize(page) + ": " + href);
        }
        assertTrue(Files.readString(site.resolve("favicon.svg")).startsWith("<svg"));
    }
}
