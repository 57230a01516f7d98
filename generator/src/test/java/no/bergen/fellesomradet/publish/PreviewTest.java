package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * serve's preview: after one entry is edited, its page and the pages that show it are rendered
 * again, and the untouched entries are not. {@code -Dpreview.entries=10000} times it on a
 * generated corpus for docs/PERFORMANCE.md.
 */
class PreviewTest {

    static final int ENTRIES = Integer.getInteger("preview.entries", 0);

    @TempDir
    Path dir;

    @Test
    void editingOneEntryRendersOnlyItsPageAndItsNeighbours() throws Exception {
        Path content;
        String edited;
        if (ENTRIES == 0) {
            content = TestProject.real(dir.resolve("repo")).content;
            edited = "tjenester/bibliotek.md";
        } else {
            Process gen = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    TestProject.REPO.resolve("bench/CorpusGenerator.java").toString(), String.valueOf(ENTRIES),
                    dir.resolve("korpus").toString(), "42").directory(TestProject.REPO.toFile()).redirectErrorStream(true).start();
            gen.getInputStream().readAllBytes();
            assertTrue(gen.waitFor(300, TimeUnit.SECONDS) && gen.exitValue() == 0);
            content = dir.resolve("korpus/content");
            try (Stream<Path> files = Files.list(content.resolve("tjenester"))) {
                edited = "tjenester/" + files.sorted().findFirst().orElseThrow().getFileName();
            }
        }
        Path site = dir.resolve("site");
        Preview preview = new Preview(content, site);
        assertTrue(preview.full(LocalDate.of(2026, 12, 5)).pages() > 0);
        Map<String, FileTime> before = times(site);
        Thread.sleep(20);

        Path file = content.resolve(edited);
        String text = Files.readString(file);
        int summary = text.indexOf("sammendrag:");
        Files.writeString(file, text.substring(0, summary) + "sammendrag: Endret i forhåndsvisningen. "
                + text.substring(summary + "sammendrag:".length()));
        long start = System.nanoTime();
        Preview.Update u = preview.changed(file, LocalDate.of(2026, 12, 5));
        double ms = (System.nanoTime() - start) / 1e6;
        long listsStart = System.nanoTime();
        int lists = preview.refreshLists();
        double listsMs = (System.nanoTime() - listsStart) / 1e6;
        System.out.printf(Locale.ROOT, "preview, %d pages: the edited entry shown after %.0f ms (%d pages); "
                        + "then %d list pages in %.0f ms%n", before.size(), ms, u.pages(), lists, listsMs);

        assertFalse(u.findings().hasErrors(), u.findings().sorted().toString());
        assertFalse(u.full());
        String slug = edited.substring(edited.indexOf('/') + 1, edited.length() - 3);
        String folder = edited.substring(0, edited.indexOf('/'));
        Path page = site.resolve(folder + "/" + slug + "/index.html");
        assertTrue(Files.readString(page).contains("Endret i forhåndsvisningen."), "the edited page shows the edit");
        Map<String, FileTime> after = times(site);
        long rewritten = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).count();
        assertEquals(u.pages() + lists, rewritten, "exactly the pages reported were written");
        assertTrue(Files.readString(site.resolve("a-til-a/index.html")).contains("Endret i forhåndsvisningen."),
                "the A–Å list shows the edited summary");
        assertTrue(rewritten < before.size() / 2, rewritten + " of " + before.size() + " pages rewritten");
    }

    static Map<String, FileTime> times(Path site) throws Exception {
        Map<String, FileTime> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".xml")).toList()) {
                out.put(site.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return out;
    }
}
