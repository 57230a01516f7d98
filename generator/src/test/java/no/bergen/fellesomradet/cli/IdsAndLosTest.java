package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * An entry's {@code id} (its identity in the open data) and its LOS subjects, as {@code check} and
 * {@code new} treat them. In {@link TestProject#service} the {@code id} is on line 24 and the
 * {@code los} list on line 25.
 */
class IdsAndLosTest {

    static final String A = "3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7d35";
    static final String B = "9a0c4d6e-1b2f-4c3d-8e5f-6a7b8c9d0e1f";
    static final Pattern ID_LINE = Pattern.compile("(?m)^id: ([0-9a-f-]{36})$");

    @TempDir
    Path dir;
    TestProject p;

    @BeforeEach
    void setUp() throws IOException {
        p = TestProject.empty(dir);
        p.write("tjenester/god.md", TestProject.service("God tjeneste", "partner"));
        p.write("tjenester/partner.md", TestProject.service("Partner"));
    }

    private TestProject.Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content", p.content.toString(), "--today", "2026-11-22"));
        args.addAll(List.of(extra));
        return p.run(args.toArray(String[]::new));
    }

    private static String withId(String entry, String id) {
        return entry.replaceFirst("(?m)^id: .*$", "id: " + id);
    }

    private void assertError(TestProject.Run r, String fileAndLine, String wording) {
        String expected = fileAndLine + ": error: " + wording;
        assertTrue(r.out().lines().anyMatch(l -> l.contains(expected)), () -> "expected «" + expected + "» in:\n" + r.all());
        assertEquals(1, r.code(), r.all());
    }

    @Test
    void anIdMustBeAUuid() throws IOException {
        p.write("tjenester/t.md", withId(TestProject.service("T"), "ppt"));
        assertError(check(), "tjenester/t.md:24", "`id`: «ppt» er ikke en UUID.");
    }

    @Test
    void aMissingIdIsNamed() throws IOException {
        p.write("tjenester/t.md", TestProject.service("T").replaceFirst("(?m)^id: .*\n", ""));
        assertError(check(), "tjenester/t.md:2", "`id` mangler, men er påkrevd.");
    }

    @Test
    void aDuplicateIdNamesTheOtherFileInBoth() throws IOException {
        p.write("tjenester/a.md", withId(TestProject.service("A"), A));
        p.write("tjenester/b.md", withId(TestProject.service("B"), A));
        TestProject.Run r = check();
        assertError(r, "tjenester/a.md:24", "`id`: «" + A + "» er også id-en til content/tjenester/b.md.");
        assertError(r, "tjenester/b.md:24", "`id`: «" + A + "» er også id-en til content/tjenester/a.md.");
    }

    @Test
    void anUnknownLosTermNamesTheClosest() throws IOException {
        p.write("tjenester/t.md", TestProject.service("T").replace("los: [ord/barnevern]", "los: [ord/barnevern, ord/helsestasjonen]"));
        assertError(check(), "tjenester/t.md:25",
                "`los`: «ord/helsestasjonen» finnes ikke i LOS. Nærmeste er «ord/helsestasjon» (Helsestasjon).");
    }

    @Test
    void losIsRequired() throws IOException {
        p.write("tjenester/t.md", TestProject.service("T").replace("los: [ord/barnevern]\n", ""));
        assertError(check(), "tjenester/t.md:2", "`los` mangler, men er påkrevd (en liste).");
    }

    @Test
    void aLosTermMayBeWrittenAsItsUri() throws IOException {
        p.write("tjenester/t.md", TestProject.service("T").replace("los: [ord/barnevern]",
                "los: [\"https://psi.norge.no/los/ord/barnevern\"]"));
        TestProject.Run r = check();
        assertEquals(0, r.code(), r.all());
    }

    /** Against git: the id a file had in the last commit stays, also through a rename. */
    @Test
    void aChangedIdIsRefusedAndARenameKeepsItsId() throws Exception {
        p.write("tjenester/t.md", withId(TestProject.service("T"), A));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "start");
        assertEquals(0, check().code(), check().all());

        p.write("tjenester/t.md", withId(TestProject.service("T"), B));
        assertError(check(), "tjenester/t.md:24", "`id`: id-en er endret fra «" + A + "» (content/tjenester/t.md i git) til «" + B + "».");

        // Renamed, the old slug kept as tidligere_slugs: the id must come along.
        Files.delete(p.content.resolve("tjenester/t.md"));
        String renamed = TestProject.service("T").replace("type: tjeneste\n", "type: tjeneste\ntidligere_slugs: [t]\n");
        p.write("tjenester/nytt-navn.md", withId(renamed, B));
        assertError(check(), "tjenester/nytt-navn.md:25", "`id`: id-en er endret fra «" + A + "» (content/tjenester/t.md i git)");
        p.write("tjenester/nytt-navn.md", withId(renamed, A));
        assertEquals(0, check().code(), check().all());
    }

    /** In a pull request HEAD is the change itself; --base names the branch it goes into. */
    @Test
    void baseComparesWithAnotherCommit() throws Exception {
        p.write("tjenester/t.md", withId(TestProject.service("T"), A));
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "start");
        p.write("tjenester/t.md", withId(TestProject.service("T"), B));
        git("commit", "-q", "-am", "the change under review");
        assertEquals(0, check().code(), "HEAD already has the new id");
        assertError(check("--base", "HEAD~1"), "tjenester/t.md:24", "`id`: id-en er endret fra «" + A + "»");
        // A base that does not exist (a shallow clone) compares with nothing rather than failing.
        assertEquals(0, check("--base", "finnes-ikke").code());
    }

    @Test
    void newWritesAFreshUuidThatCheckAccepts() throws IOException {
        TestProject.Run first = p.run("new", "tjeneste", "ny-tjeneste", "--content", p.content.toString());
        TestProject.Run second = p.run("new", "veileder", "ny-veileder", "--content", p.content.toString());
        assertEquals(0, first.code(), first.all());
        assertEquals(0, second.code(), second.all());
        Matcher a = ID_LINE.matcher(Files.readString(p.content.resolve("tjenester/ny-tjeneste.md")));
        Matcher b = ID_LINE.matcher(Files.readString(p.content.resolve("veiledere/ny-veileder.md")));
        assertTrue(a.find() && b.find(), "a UUID line in each scaffold");
        assertNotEquals(a.group(1), b.group(1));
        TestProject.Run r = check();
        assertFalse(r.out().contains("`id`"), r.out());
        assertTrue(r.out().contains("ny-tjeneste.md:"), "the [[fyll inn]] gaps are still refused: " + r.out());
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        cmd.addAll(List.of(args));
        Process proc = new ProcessBuilder(cmd).directory(p.root.toFile()).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes());
        assertTrue(proc.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, proc.exitValue(), String.join(" ", cmd) + ": " + out);
    }
}
