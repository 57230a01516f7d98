package no.bergen.fellesomradet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.query.Hit;
import no.bergen.fellesomradet.search.query.Searcher;

/**
 * The browser search (sok-motor.js on the exported index) against the command line's Searcher on
 * random input: node must not fail on anything a reader can type or paste, and both must return the
 * same pages in the same order, not only on the judged queries. The input is random but seeded, so
 * a failure names its query and can be replayed.
 */
class RandomParityTest {

    /** Fixed, so every run sends the same queries; -Dparity.seed=N explores other ones. */
    static final long SEED = Long.getLong("parity.seed", 20261122L);
    static final int QUERIES = Integer.getInteger("parity.queries", 300);
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»–—…‘’“”„¡¿§¶•·";

    @TempDir
    static Path dir;
    static TestProject project;
    static Path site;
    static List<String> vocabulary;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
        // Words of the real content, so that random queries also hit pages, synonyms and typos.
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.walk(project.content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                Matcher m = NorwegianAnalysis.WORD.matcher(Files.readString(f));
                while (m.find()) words.add(m.group());
            }
        }
        vocabulary = List.copyOf(words);
    }

    @Test
    void browserAndLuceneAgreeOnRandomInput() throws Exception {
        Random random = new Random(SEED);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) queries.add(query(random));
        List<List<String>> lucene = SearchParityTest.lucene(project.content, queries);
        List<List<String>> browser = NodeEngine.run(site, queries.stream().map(RandomParityTest::request).toList());
        assertEquals(queries.size(), browser.size(), "node answered every request");
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(lucene.get(i), browser.get(i), "query " + i + " " + visible(queries.get(i)));
            if (!lucene.get(i).isEmpty()) withHits++;
        }
        // Parity on empty result lists alone would prove little.
        System.out.println("random parity, seed " + SEED + ": " + withHits + " of " + QUERIES + " queries found pages");
        assertTrue(withHits > QUERIES / 3, withHits + " of " + QUERIES + " random queries found something");
    }


    /** One JSON request with every non-ASCII unit escaped, so node gets exactly the Java string (lone surrogates too). */
    static String request(String q) {
        StringBuilder sb = new StringBuilder("{\"q\":\"");
        for (char c : q.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c >= 0x7F) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append("\"}").toString();
    }

    static String visible(String q) {
        String shown = q.length() > 120 ? q.substring(0, 120) + "… (" + q.length() + " chars)" : q;
        StringBuilder sb = new StringBuilder("«");
        for (char c : shown.toCharArray()) {
            if (c < 0x20 || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append("»").toString();
    }

    String query(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> anyUnits(r, r.nextInt(200));
            case 1 -> anyUnits(r, 1000 + r.nextInt(4001));
            case 2 -> fromChars(r, PUNCTUATION + " ", r.nextInt(80));
            case 3 -> controls(r);
            case 4 -> rightToLeft(r);
            case 5 -> emoji(r);
            default -> mangledWords(r);
        };
    }

    static String anyUnits(Random r, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append((char) r.nextInt(0x10000));
        return sb.toString();
    }

    static String fromChars(Random r, String chars, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
        return sb.toString();
    }

    String word(Random r) {
        return vocabulary.get(r.nextInt(vocabulary.size()));
    }

    static String controls(Random r) {
        String chars = "\u0000\u0001\u0007\u0008\t\n\u000B\f\r\u001B\u007F\u0085\u00AD\u200B\u2028\u2029\uFEFF\uFFFE\uFFFF";
        return fromChars(r, chars, r.nextInt(40));
    }

    String rightToLeft(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i >= 0; i--) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(word(r));
                case 1 -> sb.append(fromChars(r, "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C", 1));
                default -> {
                    for (int k = r.nextInt(12); k >= 0; k--) sb.append((char) (0x0590 + r.nextInt(0x0170)));
                }
            }
            sb.append(r.nextBoolean() ? " " : "");
        }
        return sb.toString();
    }

    String emoji(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(20); i >= 0; i--) {
            switch (r.nextInt(6)) {
                case 0 -> sb.append(word(r)).append(' ');
                case 1 -> sb.appendCodePoint(0x1F1E6 + r.nextInt(26));
                case 2 -> sb.appendCodePoint(new int[] {0x200D, 0xFE0F, 0x20E3, 0x1F3FB, 0xE0067, 0xE007F}[r.nextInt(6)]);
                default -> sb.appendCodePoint(0x1F300 + r.nextInt(0x0700));
            }
        }
        return sb.toString();
    }

    /** Real words as people mistype them, glued by odd separators, with odd letters in them. */
    String mangledWords(Random r) {
        String[] separators = {" ", " ", " ", "", "\t", "\n", "-", "/", "\u00A0", "\u200B", ", ", "?", "\"", "*", "\uD83D", "\u0000"};
        String[] odd = {"İ", "ı", "ß", "ẞ", "ﬁ", "ǅ", "Σ", "ς", "\u0301", "\u0308", "𝐀", "Å", "Å", "æ", "Ø", "١", "Ⅻ", "²"};
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(6); i >= 0; i--) {
            String w = word(r);
            switch (r.nextInt(9)) {
                case 0 -> w = w.toUpperCase(Locale.ROOT);
                case 1 -> w = w.toLowerCase(Locale.ROOT);
                case 2 -> w = w.length() > 1 ? w.substring(0, 1 + r.nextInt(w.length() - 1)) : w; // type-ahead prefix
                case 3 -> { // a typo: drop, double or swap a letter
                    int at = r.nextInt(w.length());
                    w = r.nextBoolean() ? w.substring(0, at) + w.substring(Math.min(w.length(), at + 1))
                            : w.substring(0, at) + w.charAt(at) + w.substring(at);
                }
                case 4 -> { // an odd letter inside
                    int at = r.nextInt(w.length() + 1);
                    w = w.substring(0, at) + odd[r.nextInt(odd.length)] + w.substring(at);
                }
                case 5 -> w = w.replace('i', 'İ').replace('a', 'Å');
                default -> { }
            }
            sb.append(w).append(separators[r.nextInt(separators.length)]);
        }
        return sb.toString();
    }
}
