package no.bergen.fellesomradet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.index.IndexBuilder;
import no.bergen.fellesomradet.search.index.IndexDocument;

/** Ranking behaviour on a small index: exact before typo, prefix, pinning, odd input. */
class SearcherTest {

    private Searcher searcher;

    private static IndexDocument doc(String slug, String title, String body) {
        return new IndexDocument(slug, "x/" + slug + "/", title, "tjeneste", "Tjeneste", "Etat", "BBSM",
                List.of(), List.of(), "", List.of(), body);
    }

    @BeforeEach
    void setUp() throws IOException {
        NorwegianAnalysis analysis = NorwegianAnalysis.create();
        SynonymRules synonyms = SynonymRules.parse("helsesøster => helsesykepleier\n",
                "snakker nesten ikke => språkvansker\nskitten => omsorgssvikt\nslår de andre => atferd\n",
                t -> NorwegianAnalysis.terms(analysis.normaliser(), t));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        new IndexBuilder(analysis).write(List.of(
                doc("bekymret-for-et-barn", "Bekymret for et barn?", "Slik gjør du det."),
                doc("akutt-fare", "Akutt fare", "Ring 112."),
                doc("helsestasjon", "Helsestasjon", "Helsesykepleier møter familier."),
                doc("meldeplikt", "Meldeplikt", "Plikten til å melde."),
                doc("familievern", "Familievernkontoret", "Hjelp ved familievold og konflikt."),
                doc("bibliotek", "Bibliotek", "Bøker."),
                doc("samtale", "Samtale med barn", "Snakker du med barnet, ikke still ledende spørsmål."),
                doc("ppt", "PPT", "Språkvansker og atferd."),
                doc("omsorg", "Omsorgssvikt", "Tegn på omsorgssvikt."),
                doc("fravaer", "Fravær", "Eleven er borte fra skolen."),
                doc("skole", "Skoleruta", "Skole, skole og skole: skolen, skolene og skolens.")), dir);
        searcher = new Searcher(dir, analysis, synonyms, new ConcernRule(analysis, List.of("bekymret", "vold", "omsorgssvikt", "slår"),
                List.of("bekymret-for-et-barn", "akutt-fare")));
    }

    @AfterEach
    void tearDown() throws IOException {
        searcher.close();
    }

    private List<String> slugs(String q) throws IOException {
        return searcher.search(q, 10).stream().map(Hit::slug).toList();
    }

    @Test
    void typoFindsTheEntry() throws IOException {
        assertEquals("meldeplikt", slugs("meldepikt").get(0));
    }

    @Test
    void prefixOfLastWordFinds() throws IOException {
        assertEquals("helsestasjon", slugs("helsest").get(0));
    }

    @Test
    void oldNameFindsNewName() throws IOException {
        assertEquals("helsestasjon", slugs("helsesøster").get(0));
    }

    @Test
    void partOfCompoundFindsCompound() throws IOException {
        assertTrue(slugs("familievold").contains("familievern"));
    }

    @Test
    void worryPutsTheConcernGuideFirstAndKeepsTheBestMatchInView() throws IOException {
        List<String> s = slugs("vold");
        assertEquals(List.of("bekymret-for-et-barn", "familievern", "akutt-fare"), s.subList(0, 3),
                "the concern guide, the page that matches best, then the acute-danger guide");
    }

    @Test
    void aSituationSearchesForWhatItMeansNotForItsOwnWords() throws IOException {
        // «snakker … ikke» is all over the conversation guide; the situation means language difficulties.
        assertEquals(List.of("ppt"), slugs("snakker nesten ikke"));
    }

    @Test
    void aSituationLeadingToAWorryPutsTheConcernGuideFirst() throws IOException {
        assertEquals(List.of("bekymret-for-et-barn", "omsorg", "akutt-fare"), slugs("skitten").subList(0, 3));
    }

    @Test
    void aSituationLeadingElsewhereDoesNotCountItsTriggerWord() throws IOException {
        // «slår» is a trigger word on its own, but «slår de andre» is about behaviour.
        assertEquals("ppt", slugs("slår de andre").get(0));
        assertEquals("bekymret-for-et-barn", slugs("far slår").get(0));
    }

    @Test
    void aPageMatchingEveryWordRanksAboveOneMatchingOneWordStrongly() throws IOException {
        // Without the share of words matched, a page saying «skole» over and over outweighs one about the pupil at school.
        assertEquals("fravaer", slugs("eleven skolen").get(0), slugs("eleven skolen").toString());
    }

    @Test
    void oddInputReturnsQuietly() throws IOException {
        for (String q : new String[] {"", "!!!", "AND (", "\"\"", "🙂", "مرحبا", "x".repeat(5000), "*", "?~^"}) {
            searcher.search(q, 10);
        }
        assertTrue(slugs("").isEmpty());
    }
}
