package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/** Builds the real content and checks what a reader and an operator would notice. */
class BuildTest {

    static final List<String> REQUIRED = List.of(
            "veiledere/bekymret-for-et-barn", "veiledere/akutt-fare", "veiledere/meldeplikt", "veiledere/avvergingsplikt",
            "veiledere/taushetsplikt-og-samtykke", "veiledere/samtale-med-barn", "veiledere/vold-og-overgrep",
            "veiledere/barn-som-parorende", "veiledere/individuell-plan-og-barnekoordinator", "veiledere/samarbeidsplikt",
            "veiledere/barnets-beste", "veiledere/skolefravaer", "veiledere/avvik-samhandling",
            "tjenester/barneverntjenesten", "tjenester/barnevernvakten", "tjenester/barne-og-familiehjelpen",
            "tjenester/helsestasjon", "tjenester/skolehelsetjenesten", "tjenester/helsestasjon-for-ungdom",
            "tjenester/sammen-pa-vei", "tjenester/utekontakten", "tjenester/ung-arena", "tjenester/koordinerende-enhet",
            "tjenester/ergo-og-fysioterapi", "tjenester/slt-koordinator", "tjenester/ppt",
            "tjenester/bergen-kompetansesenter-for-laeringsmiljo", "tjenester/barnehage", "tjenester/skole",
            "tjenester/nav-sosialtjeneste", "tjenester/psykisk-helse-og-rus", "tjenester/inkluderingssenteret",
            "tjenester/legevakten", "tjenester/fastlege", "tjenester/tjenester-til-utviklingshemmede",
            "tjenester/aktivitetskortet", "tjenester/bergen-kulturskole", "tjenester/bibliotek", "tjenester/team-skyfritt",
            "tjenester/tannhelsetjenesten", "tjenester/bup", "tjenester/statens-barnehus", "tjenester/bufetat",
            "tjenester/familievernkontoret", "tjenester/krisesenter", "tjenester/alarmtelefonen", "tjenester/politiet",
            "tjenester/rvts-vest", "tjenester/oppfolgingstjenesten",
            // The units the sources name that the second content pass added (issue 13, docs/content-review.md).
            "tjenester/enhet-for-vurdering-og-oppfolging", "tjenester/akutt-familieteam", "tjenester/familiens-hus",
            "tjenester/barneverntjenesten-for-enslige-mindrearige-flyktninger", "tjenester/dps", "tjenester/statsforvalteren",
            "tjenester/kriseteam", "tjenester/den-kulturelle-skolesekken", "tjenester/ungdomsklubber",
            "tjenester/fysak-og-apen-hall", "tjenester/barnehagemyndigheten", "tjenester/tveiteras-skole", "tjenester/byombudet",
            "samarbeid/helsefellesskapet", "samarbeid/nettverk-for-flyktninger", "samarbeid/nettverk-mot-vold-og-overgrep",
            "samarbeid/samhandlingsteam", "samarbeid/tverrfaglig-team", "samarbeid/tut", "samarbeid/pug",
            "samarbeid/team-samsvar", "samarbeid/ansvarsgruppe", "samarbeid/lokale-politirad",
            "samarbeid/etatsdirektornettverk-for-oppvekst",
            "stier/ny-i-barnehage", "stier/ny-i-skolen", "stier/ny-i-helsestasjon-og-skolehelsetjenesten",
            "stier/ny-i-barnevernet", "stier/ny-leder", "stier/ny-i-kultur-og-idrett", "stier/ny-i-nav-og-sosiale-tjenester");

    @TempDir
    static Path dir;
    static TestProject project;
    static Path site;
    static TestProject.Run firstBuild;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.real(dir.resolve("repo"));
        site = dir.resolve("site");
        firstBuild = project.run("build", "--content", project.content.toString(), "--out", site.toString());
    }

    @Test
    void buildSucceedsQuietly() {
        assertEquals(0, firstBuild.code(), firstBuild.all());
        assertEquals(1, firstBuild.out().strip().lines().count(), firstBuild.out());
        assertTrue(firstBuild.out().startsWith("Bygget "), firstBuild.out());
        assertEquals("", firstBuild.err(), "no log lines, no DEBUG, no OrientDB banner");
    }

    @Test
    void everyRequiredEntryIsAPage() {
        for (String path : REQUIRED) {
            assertTrue(Files.isRegularFile(site.resolve(path + "/index.html")), path);
        }
    }

    @Test
    void everyPageLinksToTheConcernGuideAndHasNoBrokenInternalLink() throws IOException {
        List<Path> pages = htmlPages(site);
        assertTrue(pages.size() > REQUIRED.size(), "lists and fixed pages are generated too");
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) continue;
            // The form editor is a tool for editors, not a page for readers (docs/adr/0005).
            if (site.relativize(page).startsWith("admin")) continue;
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) continue;
            boolean concern = false;
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http") || href.startsWith("mailto:") || href.startsWith("tel:")) continue;
                String path = href.replaceAll("[#?].*$", "");
                if (path.isEmpty()) continue;
                Path target = page.getParent().resolve(path).normalize();
                if (Files.isDirectory(target)) target = target.resolve("index.html");
                assertTrue(Files.isRegularFile(target), site.relativize(page) + " links to missing " + href);
                if (target.equals(site.resolve("veiledere/bekymret-for-et-barn/index.html"))) concern = true;
            }
            assertTrue(concern, site.relativize(page) + " has no link to bekymret-for-et-barn");
        }
    }

    @Test
    void servicePageShowsOwnerDateAndSources() throws IOException {
        Document doc = Jsoup.parse(site.resolve("tjenester/ppt/index.html").toFile(), "UTF-8");
        assertEquals("nb", doc.selectFirst("html").attr("lang"));
        String text = doc.text();
        assertTrue(text.contains("Etat for spesialpedagogiske tjenester"), text);
        assertTrue(text.contains("Sist kontrollert"), text);
        assertTrue(doc.select(".kilder li").size() > 0, "sources listed");
        assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src 'self'"));
    }

    @Test
    void contentStatusListsOverdueAndMissingDetailsByOwner() throws IOException {
        Document doc = Jsoup.parse(site.resolve("innholdsstatus/index.html").toFile(), "UTF-8");
        assertTrue(doc.select("h2").eachText().contains("Etat for barn og familie"), doc.select("h2").eachText().toString());
        assertTrue(doc.text().contains("er ikke fylt inn ennå"), "open warnings are listed");
        assertEquals(REQUIRED.size(), doc.select("tbody tr").size(), "every entry once");
    }

    @Test
    void changesPageAndAtomFeedListEntriesNewestFirst() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("nytt/atom.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> updated = feed.select("entry > updated").eachText();
        assertEquals(Math.min(50, REQUIRED.size()), updated.size(), "the 50 newest");
        assertEquals(updated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), updated);
        assertTrue(feed.select("entry > link").attr("href").startsWith("../"), "links resolve from the feed's address");
        Document page = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(page.select("footer a[href=nytt/]").size() == 1 && page.select("footer a[href=innholdsstatus/]").size() == 1);
    }

    @Test
    void cooperationMapLinksEveryStructureAndListsTheSameLinksAsText() throws IOException {
        Document doc = Jsoup.parse(site.resolve("samarbeidskart/index.html").toFile(), "UTF-8");
        List<String> inSvg = doc.select("svg a").eachAttr("href");
        for (String path : REQUIRED) {
            if (path.startsWith("samarbeid/")) assertTrue(inSvg.contains("../" + path + "/"), path + " in the map");
        }
        // PPT takes part in TUT: a line in the picture and a link in the text.
        assertTrue(doc.select(".kart-tekst li").stream().anyMatch(li -> li.selectFirst("a").attr("href").equals("../tjenester/ppt/")
                && li.select("a[href=../samarbeid/tut/]").size() == 1), "text alternative names PPT–TUT");
    }

    /** Every entry page (the service maps included) and the front page, with the CSS and scripts they load. */
    @Test
    void entryPageWeighsUnder50KbWithItsCssAndJs() throws IOException {
        List<String> pages = new ArrayList<>(REQUIRED.stream().map(p -> p + "/index.html").toList());
        pages.add("index.html");
        String heaviest = "";
        long most = 0;
        for (String page : pages) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            long bytes = Files.size(site.resolve(page));
            for (Element e : doc.select("link[rel=stylesheet], script[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                bytes += Files.size(site.resolve(page).getParent().resolve(ref).normalize());
            }
            assertTrue(bytes < 50_000, page + " weighs " + bytes + " bytes");
            if (bytes > most) {
                most = bytes;
                heaviest = page;
            }
        }
        System.out.println("heaviest page with its CSS and JS: " + heaviest + ", " + most + " bytes");
    }

    @Test
    void searchPageWithoutJavaScriptListsEverythingAtoZ() throws IOException {
        Document doc = Jsoup.parse(site.resolve("sok/index.html").toFile(), "UTF-8");
        assertEquals(REQUIRED.size(), doc.select("#alle a").size());
        assertEquals("./", doc.selectFirst("form#sokeskjema").attr("action"));
        assertEquals("get", doc.selectFirst("form#sokeskjema").attr("method"));
    }

    @Test
    void lawLinksPointAtLovdataParagraphs() throws IOException {
        List<String> links = new java.util.ArrayList<>();
        for (Path page : htmlPages(site)) {
            links.addAll(Jsoup.parse(page.toFile(), "UTF-8").select("a[href^=https://lovdata.no/]").eachAttr("href"));
        }
        assertTrue(links.size() > 50, links.size() + " law links");
        for (String href : links) {
            assertTrue(href.matches("https://lovdata\\.no/lov/\\d{4}-\\d{2}-\\d{2}(-\\d+)?/%C2%A7\\d+(-\\d+)?[a-z]?"), href);
        }
    }

    /** Groups come in the order content owners gave in etater.yaml: byrådsavdeling, then etat. */
    @Test
    @SuppressWarnings("unchecked")
    void etatPageFollowsTheOrderOfEtaterYaml() throws IOException {
        Map<String, Object> yaml = new org.yaml.snakeyaml.Yaml().load(Files.readString(project.content.resolve("data/etater.yaml")));
        List<Map<String, String>> agencies = (List<Map<String, String>>) yaml.get("etater");
        List<String> expected = new ArrayList<>();
        for (String department : ((Map<String, String>) yaml.get("byraadsavdelinger")).keySet()) {
            for (Map<String, String> a : agencies) if (a.get("byraadsavdeling").equals(department)) expected.add(a.get("navn"));
        }
        Document doc = Jsoup.parse(site.resolve("etater/index.html").toFile(), "UTF-8");
        List<String> shown = doc.select("section h2").eachText();
        assertEquals(expected.stream().filter(shown::contains).toList(), shown);
    }

    @Test
    void nynorskEntryIsMarkedNynorsk() throws IOException {
        Document doc = Jsoup.parse(site.resolve("tjenester/barne-og-familiehjelpen/index.html").toFile(), "UTF-8");
        assertEquals("nn", doc.selectFirst("html").attr("lang"));
    }

    /**
     * Two more builds, each in a JVM of its own without class-data sharing: the iteration order of
     * Java's immutable maps and sets is seeded per JVM (fixed by a shared archive, random without
     * one), so builds in one JVM would not catch output that depends on it.
     */
    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Map<String, String> expected = TestProject.digests(site);
        for (String name : List.of("again1", "again2")) {
            Path out = dir.resolve(name);
            Path log = dir.resolve(name + ".log");
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(javaBin, "-Xshare:off", "-cp", System.getProperty("java.class.path"),
                    "no.bergen.fellesomradet.cli.Main", "build", "--content", project.content.toString(), "--out", out.toString())
                    .directory(project.root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the build did not finish in 120 s");
            assertEquals(0, p.exitValue(), Files.readString(log));
            Map<String, String> again = TestProject.digests(out);
            List<String> differing = java.util.stream.Stream.concat(expected.keySet().stream(), again.keySet().stream())
                    .distinct().filter(f -> !java.util.Objects.equals(expected.get(f), again.get(f))).sorted().toList();
            assertEquals(List.of(), differing, "files that differ from the first build");
        }
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        Path out = dir.resolve("site3");
        TestProject broken = TestProject.real(dir.resolve("repo3"));
        assertEquals(0, broken.run("build", "--content", broken.content.toString(), "--out", out.toString()).code());
        Map<String, String> before = TestProject.digests(out);
        Path guide = broken.content.resolve("veiledere/meldeplikt.md");
        Files.writeString(guide, Files.readString(guide).replaceFirst("eier: .*", "eier: Etat for skule"));
        TestProject.Run r = broken.run("build", "--content", broken.content.toString(), "--out", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("meldeplikt.md:"), r.err());
        assertTrue(r.err().contains("Forrige nettsted i"), r.err());
        assertFalse(r.all().contains("Exception"), r.all());
        assertEquals(before, TestProject.digests(out));
    }

    static List<Path> htmlPages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
