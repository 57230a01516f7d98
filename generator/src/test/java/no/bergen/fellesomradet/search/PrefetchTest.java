package no.bergen.fellesomradet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * While an employee pauses between letters, the search page loads what the likeliest next letter
 * will need (sok-motor.js, prefetch), so that typing it shows results without waiting for the
 * network. Checked on the real content with the browser's engine under Node.
 */
class PrefetchTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
    }

    @Test
    void guessesTheLettersThatContinueTheCommonestWords() throws Exception {
        List<List<String>> guesses = NodeEngine.run(site, List.of(NodeEngine.request("guess", "bekym"),
                NodeEngine.request("guess", "barnev"), NodeEngine.request("guess", "helses")));
        assertEquals("r", guesses.get(0).get(0), "bekym… → bekymring");
        assertEquals("e", guesses.get(1).get(0), "barnev… → barnevern");
        assertEquals(2, guesses.get(2).size(), "two guesses");
    }

    @Test
    void aGuessedNextLetterNeedsNoRequest() throws Exception {
        List<String> prefixes = new ArrayList<>();
        for (String query : List.of("bekymret for et barn", "helsesykepleier", "psykisk helse", "melde til barnevernet", "ppt")) {
            for (int i = 1; i <= query.length(); i++) prefixes.add(query.substring(0, i));
        }
        List<List<String>> guesses = NodeEngine.run(site, prefixes.stream().map(p -> NodeEngine.request("guess", p)).toList());
        List<String> typed = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            for (String letter : guesses.get(i)) {
                typed.add(prefixes.get(i) + letter);
                requests.add(NodeEngine.request("prefetch", prefixes.get(i), "then", prefixes.get(i) + letter));
            }
        }
        List<List<String>> fetched = NodeEngine.run(site, requests);
        assertFalse(typed.isEmpty());
        for (int i = 0; i < typed.size(); i++) {
            assertEquals(List.of(), fetched.get(i), "typing «" + typed.get(i) + "» after the page prefetched");
        }
    }

    @Test
    void withoutPrefetchTheSameSearchWouldWait() throws Exception {
        List<String> fetched = NodeEngine.run(site, List.of(NodeEngine.request("prefetch", "", "then", "bekymr"))).get(0);
        assertFalse(fetched.isEmpty(), "a new page has to fetch shards and summaries for «bekymr»");
    }
}
