package no.bergen.fellesomradet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import no.bergen.fellesomradet.search.NastyText;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.index.IndexBuilder;
import no.bergen.fellesomradet.search.index.IndexDocument;

/**
 * The query side promises "free text only, so no input can make it fail": a reader who pastes
 * anything into the search box gets a (possibly empty) list of pages, never an error, and an
 * editor's synonym file with mistakes in it never stops the search or the build.
 */
@PropertyDefaults(tries = 300)
class QueryPropertiesTest {

    private static final NorwegianAnalysis ANALYSIS = NorwegianAnalysis.create();
    private static final SynonymRules RULES = SynonymRules.parse("""
            helsesøster => helsesykepleier
            ppt, pps, pedagogisk-psykologisk tjeneste
            bekymret for et barn => bekymring
            """, QueryPropertiesTest::normalise);
    private static final Set<String> SLUGS = Set.of("bekymret-for-et-barn", "akutt-fare", "helsestasjon", "meldeplikt",
            "familievern", "ppt", "bibliotek");
    private static Searcher searcher;

    private static List<String> normalise(String text) {
        return NorwegianAnalysis.terms(ANALYSIS.normaliser(), text);
    }

    private static IndexDocument doc(String slug, String title, String body) {
        return new IndexDocument(slug, "x/" + slug + "/", title, "tjeneste", "Tjeneste", "Etat", "BBSM",
                List.of("barn"), List.of(title), "", List.of(), body);
    }

    private static List<IndexDocument> documents() {
        return List.of(
                doc("bekymret-for-et-barn", "Bekymret for et barn?", "Slik gjør du det når du er bekymret."),
                doc("akutt-fare", "Akutt fare", "Ring 112."),
                doc("helsestasjon", "Helsestasjon", "Helsesykepleier møter familier. Skulehelsetenesta."),
                doc("meldeplikt", "Meldeplikt", "Plikten til å melde til barnevernstjenesten."),
                doc("familievern", "Familievernkontoret", "Hjelp ved familievold og konflikt."),
                doc("ppt", "Pedagogisk-psykologisk tjeneste", "PPT hjelper barnehager og skoler. «Sitat» – 🙂."),
                doc("bibliotek", "Bibliotek", "Bøker på العربية og עברית."));
    }

    @BeforeContainer
    static void index() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        new IndexBuilder(ANALYSIS).write(documents(), dir);
        searcher = new Searcher(dir, ANALYSIS, RULES,
                new ConcernRule(ANALYSIS, List.of("bekymret", "vold"), List.of("bekymret-for-et-barn", "akutt-fare")));
    }

    @AfterContainer
    static void close() throws IOException {
        searcher.close();
    }

    @Property
    void queryPlanTakesAnyText(@ForAll(supplier = NastyText.class) String text) {
        QueryPlan plan = QueryPlan.of(text, ANALYSIS, RULES);
        // Long pastes are cut, so one query never costs more than 32 words of work.
        assertTrue(plan.words().size() <= QueryPlan.MAX_WORDS, () -> plan.words().size() + " words");
        assertTrue(plan.groups().size() <= plan.words().size());
        for (SynonymRules.Group g : plan.groups()) {
            assertFalse(g.alternatives().isEmpty());
            g.alternatives().forEach(a -> assertFalse(a.isEmpty(), g::toString));
        }
    }

    /** What the reader sees: a short list of real pages, each once, never an error. */
    @Property
    void searchAnswersAnyTextWithRealPages(@ForAll(supplier = NastyText.class) String text,
                                           @ForAll @IntRange(min = 1, max = 10) int limit) throws IOException {
        List<Hit> hits = searcher.search(text, limit);
        assertTrue(hits.size() <= limit, hits::toString);
        Set<String> seen = new HashSet<>();
        for (Hit h : hits) {
            assertTrue(SLUGS.contains(h.slug()), h::toString);
            assertTrue(seen.add(h.slug()), () -> "twice: " + h.slug());
        }
    }

    /** Real words still find their page however much noise surrounds them. */
    @Property(tries = 100)
    void noiseAroundAWordDoesNotHideItsPage(@ForAll(supplier = NastyText.class) String before,
                                            @ForAll(supplier = NastyText.class) String after) throws IOException {
        String query = trimToWords(before) + " meldeplikt " + trimToWords(after);
        // The word may be pushed past the 32-word cut; only then may the page be missing.
        long wordsBefore = NorwegianAnalysis.WORD.matcher(trimToWords(before)).results().count();
        if (wordsBefore >= QueryPlan.MAX_WORDS) return;
        List<String> slugs = searcher.search(query, 10).stream().map(Hit::slug).toList();
        assertTrue(slugs.contains("meldeplikt"), () -> slugs + " for «" + query + "»");
    }

    private static String trimToWords(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    /** A synonym file with any mistakes in it is read, never refused with an exception. */
    @Property(tries = 100)
    void synonymFileWithAnyContentIsRead(@ForAll("ruleFiles") String file,
                                         @ForAll(supplier = NastyText.class) String query) throws IOException {
        SynonymRules rules = SynonymRules.parse(file, QueryPropertiesTest::normalise);
        rules.asMap().forEach((phrase, alternatives) -> {
            assertFalse(phrase.isBlank(), file);
            alternatives.forEach(a -> assertFalse(a.isEmpty(), file));
        });
        QueryPlan plan = QueryPlan.of(query, ANALYSIS, rules);
        for (SynonymRules.Group g : plan.groups()) assertFalse(g.alternatives().isEmpty());
        // The ranking must also cope with whatever the rules expand to.
        try (Searcher s = new Searcher(indexed(), ANALYSIS, rules, ConcernRule.none())) {
            s.search(query, 10);
        }
    }

    private static ByteBuffersDirectory indexedOnce;

    private static synchronized ByteBuffersDirectory indexed() throws IOException {
        if (indexedOnce == null) {
            indexedOnce = new ByteBuffersDirectory();
            new IndexBuilder(ANALYSIS).write(documents(), indexedOnce);
        }
        // Searcher.close closes its directory; hand out a copy each time.
        ByteBuffersDirectory copy = new ByteBuffersDirectory();
        for (String f : indexedOnce.listAll()) copy.copyFrom(indexedOnce, f, f, org.apache.lucene.store.IOContext.DEFAULT);
        return copy;
    }

    @Provide
    Arbitrary<String> ruleFiles() {
        Arbitrary<String> part = Arbitraries.oneOf(new NastyText().get().map(s -> s.length() > 100 ? s.substring(0, 100) : s),
                Arbitraries.of("helsesøster", "ppt", "pedagogisk psykologisk tjeneste",
                        "", " ", "barn barn barn", "for et"));
        Arbitrary<String> line = Arbitraries.oneOf(
                part,
                part.list().ofMaxSize(5).map(l -> String.join(", ", l)),
                Arbitraries.of("=>", "=> =>", ",,,", "#", "# kommentar => x", "a => ", " => b", "a, b => c => d",
                        "\r", "\uFEFFppt, pps"),
                Arbitraries.oneOf(part.list().ofMaxSize(3).map(l -> String.join(",", l)))
                        .list().ofSize(2).map(l -> l.get(0) + " => " + l.get(1)));
        return Arbitraries.of("\n", "\r\n").flatMap(end -> line.list().ofMaxSize(30).map(l -> String.join(end, l)));
    }

    /** An entry's text, however odd, goes into the index: the build must not stop on it. */
    @Property(tries = 30)
    void indexTakesAnyEntryText(@ForAll(supplier = NastyText.class) String text,
                                @ForAll @IntRange(min = 0, max = 40_000) int longWord) throws IOException {
        // A word longer than Lucene's 32766-byte term limit (here "ø", two bytes each) once stopped the build.
        String body = text + " " + "ø".repeat(longWord) + " meldeplikt";
        IndexDocument d = new IndexDocument("rar", "x/rar/", text, "tjeneste", "Tjeneste", "Etat", "BBSM",
                List.of("barn"), List.of(text, body), text, List.of(text), body);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        new IndexBuilder(ANALYSIS).write(List.of(d), dir);
        try (Searcher s = new Searcher(dir, ANALYSIS, RULES, ConcernRule.none())) {
            assertEquals(List.of("rar"), s.search("meldeplikt", 10).stream().map(Hit::slug).toList());
        }
    }
}
