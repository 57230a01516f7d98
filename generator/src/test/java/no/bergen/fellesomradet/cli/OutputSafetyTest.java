package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.publish.BuildLock;
import no.bergen.fellesomradet.publish.BuildRefused;
import no.bergen.fellesomradet.publish.Preview;
import no.bergen.fellesomradet.publish.Project;

/**
 * Nothing a user types loses work: {@code build} (and serve's preview) replace only a folder that is
 * new, empty or a previous build, never the content, the templates, the project or the home folder;
 * a missing or broken template, or a second build, is one sentence with nothing touched.
 */
class OutputSafetyTest {

    @TempDir
    static Path dir;
    static TestProject project;
    static Map<String, String> content;
    static Map<String, String> templates;

    @BeforeAll
    static void copy() throws IOException {
        project = TestProject.real(dir.resolve("repo"));
        content = TestProject.digests(project.content);
        templates = TestProject.digests(project.root.resolve("templates"));
    }

    private static TestProject.Run build(String out) {
        return project.run("build", "--content", project.content.toString(), "--out", out);
    }

    /** One line on stderr, no stack trace, exit 1, and the content and templates as they were. */
    private static void assertRefused(TestProject.Run r, String expected) throws IOException {
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().startsWith("feil: ") && r.err().strip().lines().count() == 1, r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), r.all());
        assertEquals(content, TestProject.digests(project.content), "the content changed");
        assertEquals(templates, TestProject.digests(project.root.resolve("templates")), "the templates changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"content", "templates", "", "..", "content/tjenester", "content/site"})
    void neverReplacesTheProjectOrAFolderHoldingIt(String relative) throws IOException {
        Path out = project.root.resolve(relative);
        assertRefused(build(out.toString()), "«" + out + "»");
    }

    @Test
    void neverReplacesTheHomeFolder() throws IOException {
        String home = System.getProperty("user.home");
        assertRefused(build(home), "hjemmemappen");
        assertTrue(Files.isDirectory(Path.of(home)));
    }

    @Test
    void leavesAFolderWithOtherFilesAlone() throws IOException {
        Path docs = Files.createDirectories(project.root.resolve("docs"));
        Files.writeString(docs.resolve("notat.md"), "Ikke lagret andre steder.");
        assertRefused(build(docs.toString()), "har filer som ikke er fra et tidligere bygg");
        assertEquals("Ikke lagret andre steder.", Files.readString(docs.resolve("notat.md")));
    }

    @Test
    void replacesAnEmptyFolderThenItsOwnBuild() throws IOException {
        Path site = Files.createDirectories(dir.resolve("tom"));
        project.buildInto(site);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        Files.writeString(site.resolve("gammel.html"), "fra forrige bygg");
        project.buildInto(site);
        assertFalse(Files.exists(site.resolve("gammel.html")), "a previous build is replaced whole");
    }

    @Test
    void servesPreviewIsGuardedToo() {
        Preview preview = new Preview(new Project(project.content), project.content);
        BuildRefused refused = assertThrows(BuildRefused.class, () -> preview.full(LocalDate.of(2026, 12, 5)));
        assertTrue(refused.getMessage().contains("innholdsmappen"), refused.getMessage());
    }

    @Test
    void leavesAFolderWhereTheSearchIndexGoesAlone() throws IOException {
        TestProject other = TestProject.real(dir.resolve("lucene"));
        Path lucene = Files.createDirectories(other.root.resolve(".fellesomrade/lucene"));
        Files.writeString(lucene.resolve("mine.txt"), "egne filer");
        TestProject.Run r = other.run("build", "--content", other.content.toString(), "--out", other.root.resolve("site").toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains(".fellesomrade/lucene"), r.err());
        assertEquals("egne filer", Files.readString(lucene.resolve("mine.txt")));
    }

    @Test
    void aContentFolderElsewhereBuildsWithTheProjectsTemplates() throws IOException {
        Path alone = dir.resolve("alene");
        TestProject.copyTree(project.content, alone.resolve("content"));
        TestProject.Run r = TestProject.cli("build", "--content", alone.resolve("content").toString(),
                "--out", alone.resolve("site").toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.isRegularFile(alone.resolve("site/tjenester/ppt/index.html")));
    }

    @Test
    void aMissingTemplatesFolderIsOneSentence() throws IOException {
        TestProject.Run r = project.run("build", "--content", project.content.toString(),
                "--templates", dir.resolve("finnes-ikke").toString(), "--out", dir.resolve("s1").toString());
        assertRefused(r, "Fant ikke malmappen");
        Path empty = Files.createDirectories(dir.resolve("tomme-maler"));
        r = project.run("build", "--content", project.content.toString(), "--templates", empty.toString(),
                "--out", dir.resolve("s1").toString());
        assertRefused(r, "mangler atom.ftl");
    }

    @Test
    void aBrokenTemplateIsOneSentenceAndThePreviousSiteStays() throws IOException {
        TestProject broken = TestProject.real(dir.resolve("brutt"));
        Path site = broken.buildInto(dir.resolve("brutt-site"));
        Map<String, String> before = TestProject.digests(site);
        Path template = broken.root.resolve("templates/tjeneste.ftl");
        Files.writeString(template, Files.readString(template) + "\n<#if>\n");
        TestProject.Run r = broken.run("build", "--content", broken.content.toString(), "--out", site.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().startsWith("feil: Malen «tjeneste.ftl» har en feil på linje"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(before, TestProject.digests(site), "the previous site changed");
    }

    @Test
    void oneBuildAtATime() throws IOException {
        Path site = dir.resolve("opptatt");
        try (BuildLock other = BuildLock.acquire(site)) {
            TestProject.Run r = build(site.toString());
            assertRefused(r, "En annen bygging pågår i «" + site + "»");
            assertFalse(Files.exists(site), "nothing was written while the other build held the folder");
        }
        project.buildInto(site);
    }
}
