package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * Feeds {@code check} one broken entry per kind of mistake and asserts the message an editor sees:
 * file, line and wording. A valid entry sits beside each, so only the mistake is reported.
 */
class CheckCommandTest {

    @TempDir
    Path dir;
    TestProject p;

    @BeforeEach
    void setUp() throws IOException {
        p = TestProject.empty(dir);
        p.write("tjenester/god.md", TestProject.service("God tjeneste", "partner"));
        p.write("tjenester/partner.md", TestProject.service("Partner"));
    }

    private TestProject.Run check() {
        return p.run("check", "--content", p.content.toString(), "--today", "2026-11-22");
    }

    /** Asserts that check fails and prints a line ending in {@code file:line: error: } + wording. */
    private void assertError(String file, int line, String wording) {
        TestProject.Run r = check();
        String expected = file + ":" + line + ": error: " + wording;
        assertTrue(r.out().lines().anyMatch(l -> l.endsWith(expected) || l.contains(expected)),
                () -> "expected «" + expected + "» in:\n" + r.all());
        assertEquals(1, r.code(), r.all());
        assertFalse(r.all().contains("Exception"), r.all());
    }

    private String valid() {
        return TestProject.service("Test");
    }

    @Test
    void validContentPasses() {
        TestProject.Run r = check();
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("2 oppføringer kontrollert: 0 feil, 0 advarsler."), r.out());
    }

    @Test
    void tabInFrontMatter() throws IOException {
        p.write("tjenester/t.md", valid().replace("  - test", "\t- test"));
        assertError("tjenester/t.md", 6, "Tabulator i front matter: bruk mellomrom til innrykk, ikke tabulator.");
    }

    @Test
    void unclosedQuote() throws IOException {
        p.write("tjenester/t.md", valid().replace("sammendrag: En tjeneste for testing.", "sammendrag: \"En tjeneste for testing."));
        TestProject.Run r = check();
        assertEquals(1, r.code());
        assertTrue(r.out().matches("(?s).*tjenester/t\\.md:\\d+: error: Et anførselstegn er ikke lukket.*"), r.out());
    }

    @Test
    void duplicateKey() throws IOException {
        p.write("tjenester/t.md", valid().replace("tittel: Test\n", "tittel: Test\ntittel: Igjen\n"));
        assertError("tjenester/t.md", 4, "Feltet «tittel» står to ganger (også på linje 3). Slett det ene.");
    }

    @Test
    void missingFrontMatter() throws IOException {
        p.write("tjenester/t.md", "Bare tekst.\n");
        assertError("tjenester/t.md", 1, "Filen må begynne med front matter");
    }

    @Test
    void emptyFrontMatter() throws IOException {
        p.write("tjenester/t.md", "---\n---\nTekst\n");
        assertError("tjenester/t.md", 2, "Front matter er tom");
    }

    @Test
    void missingRequiredField() throws IOException {
        p.write("tjenester/t.md", valid().replace("sammendrag: En tjeneste for testing.\n", ""));
        assertError("tjenester/t.md", 2, "`sammendrag` mangler, men er påkrevd.");
    }

    @Test
    void redirectPageForAFormerSlug() throws IOException {
        p.write("tjenester/t.md", valid().replace("type: tjeneste\n", "type: tjeneste\ntidligere_slugs: [gammelt-navn]\n"));
        Path site = p.buildInto(dir.resolve("site"));
        String redirect = Files.readString(site.resolve("tjenester/gammelt-navn/index.html"));
        assertTrue(redirect.contains("url=../../tjenester/t/"), redirect);
    }

    @Test
    void placeholderTextIsRefused() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "Den hjelper.\n\nTODO: skriv mer."));
        assertError("tjenester/t.md", 32, "Plassholdertekst («TODO») må erstattes med ekte innhold før publisering.");
    }

    @Test
    void aWordThatOnlyContainsAPlaceholderIsFine() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "Den hjelper mot todoblingen av ventetid."));
        assertEquals(0, check().code());
    }

    @Test
    void unknownField() throws IOException {
        p.write("tjenester/t.md", valid().replace("type: tjeneste\n", "type: tjeneste\nfarge: blå\n"));
        assertError("tjenester/t.md", 3, "Ukjent felt `farge`.");
    }

    @Test
    void listWhereTextBelongs() throws IOException {
        p.write("tjenester/t.md", valid().replace("tittel: Test\n", "tittel:\n  - Test\n"));
        assertError("tjenester/t.md", 4, "`tittel`: skal være tekst, men er en liste.");
    }

    @Test
    void dateThatDoesNotExist() throws IOException {
        p.write("tjenester/t.md", valid().replace("2026-11-01", "2026-02-31"));
        assertError("tjenester/t.md", 10, "`sist_kontrollert`: «2026-02-31» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD");
    }

    @Test
    void unknownAgencyNamesTheAllowedOnes() throws IOException {
        p.write("tjenester/t.md", valid().replace("eier: Etat for barn og familie", "eier: Etat for skule"));
        assertError("tjenester/t.md", 7, "`eier`: «Etat for skule» finnes ikke. Gyldige verdier: Etat for barn og familie, ");
    }

    @Test
    void agencyWithoutOwner() throws IOException {
        Path owners = p.content.resolve("data/eiere.yaml");
        String text = Files.readString(owners);
        int from = text.indexOf("  Etat for barn og familie:");
        int to = text.indexOf("  Etat for sosiale tjenester:");
        Files.writeString(owners, text.substring(0, from) + text.substring(to));
        assertError("tjenester/god.md", 7, "`eier`: «Etat for barn og familie» har ingen godkjenner i content/data/eiere.yaml.");
    }

    @Test
    void referenceToMissingSlug() throws IOException {
        p.write("tjenester/t.md", valid().replace("samarbeider_med: [god]", "samarbeider_med:\n  - godd"));
        assertError("tjenester/t.md", 24, "`samarbeider_med`: «godd» finnes ikke. Skriv filnavnet til en eksisterende oppføring uten .md (mente du «god»?).");
    }

    @Test
    void bodyLinkToMissingSlug() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "Den hjelper [mye](borte.md)."));
        assertError("tjenester/t.md", 30, "Lenken «borte.md» viser til «borte», men den oppføringen finnes ikke.");
    }

    @Test
    void linkEscapingTheContentFolder() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "Se [passord](../../etc/passwd)."));
        assertError("tjenester/t.md", 30, "Lenke: «../../etc/passwd» peker ut av content-mappen.");
    }

    @Test
    void imageEscapingTheContentFolder() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "![bilde](../../../etc/passwd.png)"));
        assertError("tjenester/t.md", 30, "Lenke: «../../../etc/passwd.png» peker ut av content-mappen.");
    }

    @Test
    void javascriptLink() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "[klikk](javascript:alert(1))"));
        assertError("tjenester/t.md", 30, "Lenke: lenker av typen «javascript:» er ikke tillatt.");
    }

    @Test
    void rawHtml() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "<script>alert(1)</script>"));
        assertError("tjenester/t.md", 30, "HTML-kode er ikke tillatt i teksten.");
    }

    @Test
    void missingSection() throws IOException {
        p.write("tjenester/t.md", valid().replace("## Slik tar du kontakt\n", ""));
        assertError("tjenester/t.md", 27, "Avsnittet «## Slik tar du kontakt» mangler.");
    }

    @Test
    void emptyFile() throws IOException {
        p.write("tjenester/t.md", "");
        assertError("tjenester/t.md", 1, "Filen er tom.");
    }

    @Test
    void invalidUtf8PointsAtTheLine() throws IOException {
        byte[] latin1 = valid().replace("sammendrag: En tjeneste", "sammendrag: Én tjeneste").getBytes(StandardCharsets.ISO_8859_1);
        p.writeBytes("tjenester/t.md", latin1);
        assertError("tjenester/t.md", 4, "Filen er ikke gyldig UTF-8.");
    }

    @Test
    void bomAndCrlfAndUtf16Work() throws IOException {
        byte[] text = valid().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF; bom[1] = (byte) 0xBB; bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        p.writeBytes("tjenester/t.md", bom);
        p.writeBytes("tjenester/u.md", ("\uFEFF" + valid().replace("\n", "\r")).getBytes(StandardCharsets.UTF_16LE));
        TestProject.Run r = check();
        assertEquals(0, r.code(), r.all());
    }

    @Test
    void fileNameThatIsNotASlug() throws IOException {
        p.write("tjenester/Min tjeneste.md", valid());
        assertError("tjenester/Min tjeneste.md", 1, "Filnavnet «Min tjeneste.md» er ikke et gyldig slug");
    }

    @Test
    void sameSlugInTwoFolders() throws IOException {
        p.write("veiledere/god.md", valid().replace("type: tjeneste", "type: veileder"));
        assertError("veiledere/god.md", 1, "Slugen «god» er allerede brukt av content/tjenester/god.md.");
    }

    @Test
    void slugsDifferingOnlyInCase() throws IOException {
        p.write("tjenester/God.md", valid());
        TestProject.Run r = check();
        assertEquals(1, r.code());
        assertTrue(r.out().contains("tjenester/God.md:1: error: Filnavnet «God.md» er ikke et gyldig slug"), r.out());
        assertTrue(r.out().contains("tjenester/god.md:1: error: Slugen «god» er allerede brukt av content/tjenester/God.md."), r.out());
    }

    @Test
    void pathwayIncludingItself() throws IOException {
        p.write("stier/ny.md", """
                ---
                type: sti
                tittel: Ny
                sammendrag: En sti.
                stikkord: [ny]
                eier: Etat for barn og familie
                innholdseier:
                  rolle: Fagleder, Etat for barn og familie
                sist_kontrollert: 2026-11-01
                kilder: [001_92099b2ac8fd838f.txt l. 1–10]
                maalgruppe: [ansatte]
                steg:
                  - slug: ny
                    hvorfor: Fordi.
                id: 0b7e1c52-3f0e-4a8e-9d61-5a2c7e9f4b10
                los: [ord/barnevern]
                ---

                Intro.
                """);
        assertError("stier/ny.md", 13, "`steg.slug`: stien viser til seg selv.");
    }

    @Test
    void typeInWrongFolder() throws IOException {
        p.write("veiledere/t.md", valid());
        assertError("veiledere/t.md", 2, "`type`: en oppføring av typen «tjeneste» skal ligge i mappen content/tjenester/");
    }

    @Test
    void staleDateIsAWarningOnly() throws IOException {
        p.write("tjenester/t.md", valid().replace("2026-11-01", "2025-01-15"));
        TestProject.Run r = check();
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("tjenester/t.md:10: warning: `sist_kontrollert`: 2025-01-15 er mer enn 12 måneder siden."), r.out());
    }

    @Test
    void contactToBeFilledInIsAWarning() throws IOException {
        p.write("tjenester/t.md", valid().replace("  telefon: \"116 111\"", "  fylles_inn_av_eier: [telefon]"));
        TestProject.Run r = check();
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("tjenester/t.md:21: warning: `kontakt.fylles_inn_av_eier`: telefon er ikke fylt inn ennå"), r.out());
    }

    @Test
    void twoEntriesClaimingTheSameOldSlug() throws IOException {
        p.write("tjenester/a.md", valid().replace("type: tjeneste\n", "type: tjeneste\ntidligere_slugs: [gammel]\n"));
        p.write("tjenester/b.md", valid().replace("type: tjeneste\n", "type: tjeneste\ntidligere_slugs: [gammel]\n"));
        assertError("tjenester/b.md", 3, "`tidligere_slugs`: «gammel» er også oppgitt som tidligere slug i ");
    }

    @Test
    void badLegalReference() throws IOException {
        p.write("tjenester/t.md", valid().replace("samarbeider_med: [god]", "samarbeider_med: [god]\nlovgrunnlag:\n  - barnevernloven 13-2"));
        assertError("tjenester/t.md", 25, "`lovgrunnlag`: «barnevernloven 13-2» har ikke formen «lovnavn § N-N»");
    }

    @Test
    void scaffoldGapsMustBeFilledIn() throws IOException {
        p.write("tjenester/t.md", valid().replace("Den hjelper.", "[[fyll inn: Oppdraget, kort.]]"));
        assertError("tjenester/t.md", 30, "Fyll inn det som står i [[fyll inn: …]] og fjern klammene.");
    }

    @Test
    void symlinkIsRefused() throws IOException {
        Path target = p.write("tjenester/t.md", valid());
        Files.createSymbolicLink(p.content.resolve("tjenester/lenke.md"), target);
        assertError("tjenester/lenke.md", 1, "Symbolske lenker er ikke tillatt i content/");
    }

    @Test
    void hugeFileIsRefused() throws IOException {
        p.write("tjenester/t.md", valid() + "x".repeat(10_000_000));
        assertError("tjenester/t.md", 1, "Filen er for stor (10,0 MB); en oppføring kan være høyst 1 MB.");
    }

    @Test
    void githubAnnotationFormat() throws IOException {
        p.write("tjenester/t.md", valid().replace("eier: Etat for barn og familie", "eier: Etat for skule"));
        TestProject.Run r = p.run("check", "--content", p.content.toString(), "--format", "github", "--today", "2026-11-22");
        assertEquals(1, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::error file=") && l.contains("tjenester/t.md,line=7::`eier`: «Etat for skule» finnes ikke.")),
                r.out());
    }

    @Test
    void missingContentFolderIsOneSentence() {
        TestProject.Run r = p.run("check", "--content", dir.resolve("finnes-ikke").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("feil: Fant ikke innholdsmappen"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
