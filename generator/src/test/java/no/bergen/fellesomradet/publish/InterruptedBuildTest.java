package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * A build killed halfway (Ctrl+C, a CI timeout, a crashed laptop) must never leave a site that is
 * half old and half new: readers get either the previous site or the complete new one, and the next
 * build cleans up after the killed one. The build runs as the real command line in its own JVM so
 * that it can be killed like one.
 */
class InterruptedBuildTest {

    @TempDir
    Path dir;

    /** Runs {@code build} in a new JVM with the test classpath; output goes to a file, not a pipe that could fill. */
    private Process startBuild(TestProject project, Path site, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "no.bergen.fellesomradet.cli.Main", "build", "--content", project.content.toString(), "--out", site.toString()));
        return new ProcessBuilder(cmd).directory(project.root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private int runBuild(TestProject project, Path site, Path log) throws Exception {
        Process p = startBuild(project, site, log);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not finish in 120 s");
        return p.exitValue();
    }

    private static void waitFor(Path path, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(path) && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
    }

    @Test
    void killedBuildLeavesTheOldSiteOrTheNewOneNeverAMix() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = dir.resolve("site");
        Path tmp = dir.resolve(".site.tmp");
        Path old = dir.resolve(".site.old");
        Path log = dir.resolve("build.log");

        // First build, timing how long the rendering into the work folder takes.
        Process first = startBuild(project, site, log);
        waitFor(tmp, first);
        long renderStart = System.nanoTime();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        long renderMillis = (System.nanoTime() - renderStart) / 1_000_000;
        assertEquals(0, first.exitValue(), Files.readString(log));
        Map<String, String> before = TestProject.digests(site);

        // Change an entry so that the new site differs from the old one on many pages.
        Path entry = project.content.resolve("tjenester/bibliotek.md");
        Files.writeString(entry, Files.readString(entry).replace("tittel: Bibliotekene i Bergen", "tittel: Bibliotekene i Bergen kommune"));

        // Second build, killed while it writes the new site.
        Process second = startBuild(project, site, log);
        waitFor(tmp, second);
        long delay = Math.min(300 + new Random(42).nextInt(501), renderMillis / 2);
        Thread.sleep(delay);
        assertTrue(second.isAlive(), "the build finished before it could be killed (rendering took " + renderMillis + " ms)");
        second.destroyForcibly();
        assertTrue(second.waitFor(30, TimeUnit.SECONDS));
        assertTrue(Files.isDirectory(site), "site/ is gone after the kill");
        Map<String, String> afterKill = TestProject.digests(site);

        // Third build completes the change and cleans up.
        assertEquals(0, runBuild(project, site, log), Files.readString(log));
        Map<String, String> after = TestProject.digests(site);
        assertNotEquals(before, after, "the change shows on the site");
        assertTrue(afterKill.equals(before) || afterKill.equals(after),
                "after the kill (" + delay + " ms into rendering) site/ was a mix of old and new");
        assertFalse(Files.exists(tmp), ".site.tmp left behind");
        assertFalse(Files.exists(old), ".site.old left behind");
        try (var siblings = Files.list(project.root.resolve(".fellesomrade"))) {
            // The lock file stays (BuildLock): a lock held by a killed process is released by the OS;
            // so does the map layouts' memory (docs/adr/0006), but not its work file.
            assertEquals(List.of("lucene"), siblings.map(p -> p.getFileName().toString())
                            .filter(n -> !n.endsWith(".lock") && !n.equals("kartoppsett.txt")).sorted().toList(),
                    "search index work folders left behind");
        }
    }

    /**
     * A kill between the swap's two renames leaves the previous site in .site.old and no site/.
     * The next build must bring it back even when that build stops on a content error.
     */
    @Test
    void siteFromAnInterruptedSwapComesBackEvenWhenTheNextBuildFails() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = dir.resolve("site");
        assertEquals(0, project.run("build", "--content", project.content.toString(), "--out", site.toString()).code());
        Map<String, String> before = TestProject.digests(site);
        Files.move(site, dir.resolve(".site.old"));
        project.write("tjenester/odelagt.md", "Bare tekst.\n");
        TestProject.Run r = project.run("build", "--content", project.content.toString(), "--out", site.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(Files.isDirectory(site), "site/ was not restored: " + r.all());
        assertEquals(before, TestProject.digests(site));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }
}
