package no.bergen.fellesomradet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.LosVocabulary;

/** The LOS vocabulary the tool ships, and every LOS term the real content uses. */
class LosReaderTest {

    static final LosVocabulary LOS = LosReader.bundled();

    @Test
    void readsThemesAndWordsWithLabelsAndSynonyms() {
        assertTrue(LOS.byPath().size() > 500, LOS.byPath().size() + " terms");
        assertTrue(LOS.byPath().keySet().stream().allMatch(p -> p.startsWith("tema/") || p.startsWith("ord/")), "no livshendelser");
        LosTerm word = LOS.find("ord/bekymringsmelding-til-barnevernet").orElseThrow();
        assertEquals("Bekymringsmelding til barnevernet", word.label());
        assertEquals("Melding til barnevernstenesta", word.labelNn());
        assertEquals("tema/barnevern-og-foreldrestotte", word.broader());
        assertEquals("https://psi.norge.no/los/ord/bekymringsmelding-til-barnevernet", word.uri());
        assertTrue(LOS.find("ord/besokshjem").orElseThrow().hiddenLabels().contains("Besøksfamilie"));
        assertTrue(LOS.find("tema/barnevern-og-foreldrestotte").orElseThrow().isTheme());
        // The full URI, as copied from psi.norge.no, is the same term.
        assertEquals(word, LOS.find("https://psi.norge.no/los/ord/bekymringsmelding-til-barnevernet").orElseThrow());
    }

    @Test
    void theClosestTermIsNamedForATypo() {
        assertEquals("ord/helsestasjon", LOS.closest("ord/helsestasjonen").orElseThrow().path());
        assertEquals("ord/barnevern", LOS.closest("barnevern").orElseThrow().path());
        assertEquals("ord/legevakt", LOS.closest("Legevakt").orElseThrow().path());
    }

    /** Read from the files themselves, not through the parser that resolves them. */
    @Test
    @SuppressWarnings("unchecked")
    void everyLosTermInTheContentExistsAndEveryEntryHasOneToFour() throws IOException {
        List<String> problems = new ArrayList<>();
        int entries = 0;
        for (String folder : List.of("tjenester", "veiledere", "samarbeid", "stier")) {
            try (Stream<Path> files = Files.list(TestProject.REPO.resolve("content").resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String front = Files.readString(f).split("\n---", 2)[0].substring(4);
                    List<String> terms = (List<String>) ((Map<String, Object>) new Yaml().load(front)).get("los");
                    entries++;
                    if (terms == null || terms.isEmpty() || terms.size() > 4) problems.add(f.getFileName() + ": " + terms);
                    if (terms == null) continue;
                    for (String t : terms) {
                        if (LOS.find(t).isEmpty()) problems.add(f.getFileName() + ": unknown " + t);
                    }
                }
            }
        }
        assertTrue(entries >= 64, entries + " entries");
        assertEquals(List.of(), problems);
    }

    @Test
    void readsInAFractionOfCheckBudget() throws IOException {
        long start = System.nanoTime();
        try (var in = LosReader.class.getResourceAsStream(LosReader.RESOURCE)) {
            assertFalse(LosReader.read(in).byPath().isEmpty());
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        // Measured 84 ms in a fresh JVM, 22–29 ms after (PERFORMANCE.md); the bound catches a reader gone quadratic.
        assertTrue(ms < 2_000, ms + " ms");
    }
}
