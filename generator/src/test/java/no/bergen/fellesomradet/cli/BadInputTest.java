package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.bergen.fellesomradet.TestProject;

/**
 * One broken entry per kind of mistake (the files in src/test/resources/ugyldig/), each added to a
 * copy of the real content next to a site built from it. For every one the editor must get a
 * clickable {@code path:line: error:} from {@code check}, {@code build} must stop with exit 1 and a
 * sentence instead of a stack trace, and readers must keep the previous site, byte for byte.
 */
class BadInputTest {

    @TempDir
    static Path shared;
    static Path baselineSite;
    static Map<String, String> baseline;

    /** The real content, built once; each case starts from a copy of this site. */
    @BeforeAll
    static void buildBaseline() throws IOException {
        TestProject base = TestProject.real(shared.resolve("repo"));
        baselineSite = shared.resolve("site");
        TestProject.Run r = base.run("build", "--content", base.content.toString(), "--out", baselineSite.toString());
        assertEquals(0, r.code(), r.all());
        baseline = TestProject.digests(baselineSite);
    }

    /** A project with the real content and the fixture added, and a copy of the baseline site. */
    private record Case(TestProject project, Path file, Path site) {
        TestProject.Run check() {
            return project.run("check", "--content", project.content.toString());
        }

        TestProject.Run build() {
            return project.run("build", "--content", project.content.toString(), "--out", site.toString());
        }
    }

    private static Case setUp(Path dir, String folder, String fixture) throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = dir.resolve("site");
        TestProject.copyTree(baselineSite, site);
        try (InputStream in = BadInputTest.class.getResourceAsStream("/ugyldig/" + fixture)) {
            assertNotNull(in, "fixture " + fixture);
            Path file = project.writeBytes(folder + "/" + fixture, in.readAllBytes());
            return new Case(project, file, site);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tabulator.md                        | tjenester | 6  | Tabulator i front matter
            uavsluttet-anforselstegn.md         | tjenester | 4  | Et anførselstegn er ikke lukket
            dobbelt-felt.md                     | tjenester | 4  | Feltet «tittel» står to ganger (også på linje 3)
            mangler-front-matter.md             | tjenester | 1  | Filen må begynne med front matter
            tom-front-matter.md                 | tjenester | 2  | Front matter er tom
            liste-i-stedet-for-tekst.md         | tjenester | 4  | `tittel`: skal være tekst, men er en liste.
            dato-31-februar.md                  | tjenester | 10 | `sist_kontrollert`: «2026-02-31» er ikke en gyldig dato.
            ikke-en-dato.md                     | tjenester | 10 | `sist_kontrollert`: «i fjor høst» er ikke en gyldig dato.
            ukjent-felt.md                      | tjenester | 3  | Ukjent felt `farge`.
            ukjent-etat.md                      | tjenester | 7  | `eier`: «Etat for skule» finnes ikke.
            ugyldig-utf8.md                     | tjenester | 4  | Filen er ikke gyldig UTF-8.
            tom-fil.md                          | tjenester | 1  | Filen er tom.
            Min Tjeneste.md                     | tjenester | 1  | Filnavnet «Min Tjeneste.md» er ikke et gyldig slug
            lenke-ut-av-content.md              | tjenester | 29 | Lenke: «../../etc/passwd» peker ut av content-mappen.
            lenke-til-manglende-oppforing.md    | tjenester | 29 | Lenken «finnes-ikke.md» viser til «finnes-ikke», men den oppføringen finnes ikke.
            sti-til-seg-selv.md                 | stier     | 15 | `steg.slug`: stien viser til seg selv.
            ra-html.md                          | tjenester | 29 | HTML-kode er ikke tillatt i teksten.
            """)
    void brokenEntryIsReportedAndLeavesTheSiteAlone(String fixture, String folder, int line, String wording,
                                                   @TempDir Path dir) throws IOException {
        Case c = setUp(dir, folder, fixture);

        TestProject.Run check = c.check();
        assertEquals(1, check.code(), check.all());
        assertErrorAt(check.out(), c.file(), line, wording);
        assertNoStackTrace(check);

        TestProject.Run build = c.build();
        assertEquals(1, build.code(), build.all());
        assertErrorAt(build.err(), c.file(), line, wording);
        assertTrue(build.err().contains("Forrige nettsted i"), build.err());
        assertNoStackTrace(build);
        assertEquals(baseline, TestProject.digests(c.site()), "the previous site was changed");
        assertFalse(Files.exists(c.site().resolveSibling(".site.tmp")), "work folder left behind");
    }

    /** Notepad's way of saving (a BOM and CRLF line endings) is not a mistake: the entry builds. */
    @Test
    void bomAndWindowsLineEndingsBuild(@TempDir Path dir) throws IOException {
        Case c = setUp(dir, "tjenester", "bom-og-crlf.md");
        byte[] bytes = Files.readAllBytes(c.file());
        // Guards the fixture itself: git must not have normalised it (see .gitattributes).
        assertTrue(bytes[0] == (byte) 0xEF && new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "fixture lost its BOM or CRLF");

        TestProject.Run check = c.check();
        assertEquals(0, check.code(), check.all());
        // The fixture lists its phone number under fylles_inn_av_eier, a warning; no error may name it.
        assertFalse(check.out().lines().anyMatch(l -> l.contains("bom-og-crlf.md:") && l.contains(": error: ")), check.out());

        TestProject.Run build = c.build();
        assertEquals(0, build.code(), build.all());
        Path page = c.site().resolve("tjenester/bom-og-crlf/index.html");
        assertEquals("Tjeneste lagret i Notisblokk", Jsoup.parse(page.toFile(), "UTF-8").selectFirst("h1").text());
    }

    /** A pasted blob (one "word" of 20 000 letters) once made the search index throw: it must build. */
    @Test
    void entryWithAnImmenseWordBuilds(@TempDir Path dir) throws IOException {
        Case c = setUp(dir, "tjenester", "ukjent-felt.md");
        String text = Files.readString(c.file()).replace("farge: blå\n", "").replace("Den hjelper.", "Den hjelper. " + "ø".repeat(20_000));
        Files.writeString(c.file(), text);
        TestProject.Run build = c.build();
        assertEquals(0, build.code(), build.all());
        assertTrue(Files.isRegularFile(c.site().resolve("tjenester/ukjent-felt/index.html")));
        TestProject.Run search = c.project().run("search", "--content", c.project().content.toString(), "Testtjeneste");
        assertEquals(0, search.code(), search.all());
        assertTrue(search.out().contains("Testtjeneste"), search.all());
    }

    /** The line must start with the file's path as the editor's tools open it, then the line number. */
    private static void assertErrorAt(String output, Path file, int line, String wording) {
        Pattern form = Pattern.compile("^(.+):(\\d+): error: (.*)$", Pattern.MULTILINE);
        Matcher m = form.matcher(output);
        boolean found = false;
        while (m.find()) {
            Path named = Path.of(m.group(1)).toAbsolutePath().normalize();
            if (named.equals(file.toAbsolutePath().normalize())) {
                assertEquals(line, Integer.parseInt(m.group(2)), m.group());
                assertTrue(m.group(3).startsWith(wording) || m.group(3).contains(wording), m.group());
                found = true;
            }
        }
        assertTrue(found, "no «path:line: error:» naming " + file + " in:\n" + output);
    }

    private static void assertNoStackTrace(TestProject.Run r) {
        assertFalse(r.all().contains("Exception"), r.all());
        assertFalse(r.all().contains("\tat "), r.all());
        assertFalse(r.all().contains("uventet feil"), r.all());
    }
}
