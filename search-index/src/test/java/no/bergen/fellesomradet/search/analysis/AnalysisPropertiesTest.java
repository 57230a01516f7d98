package no.bergen.fellesomradet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;

import no.bergen.fellesomradet.search.NastyText;

/**
 * Whatever is pasted into the search box or an entry, the analysis chains answer with words: they
 * never throw, and nothing but letters and digits reaches a term (so no control character or
 * half emoji ends up in the index or in the browser's copy of it).
 */
@PropertyDefaults(tries = 300)
class AnalysisPropertiesTest {

    private static final NorwegianAnalysis ANALYSIS = NorwegianAnalysis.create();

    private static void assertOnlyWords(List<String> terms, String text) {
        for (String t : terms) {
            assertTrue(NorwegianAnalysis.WORD.matcher(t).matches(), () -> "term «" + t + "» from «" + text + "»");
        }
    }

    @Property
    void normaliserGivesOnlyWords(@ForAll(supplier = NastyText.class) String text) {
        assertOnlyWords(NorwegianAnalysis.terms(ANALYSIS.normaliser(), text), text);
    }

    @Property
    void partsAnalyzerGivesOnlyWords(@ForAll(supplier = NastyText.class) String text) {
        assertOnlyWords(NorwegianAnalysis.terms(ANALYSIS.partsAnalyzer(), text), text);
    }

    @Property
    void surfaceFormsGiveOnlyWords(@ForAll(supplier = NastyText.class) String text) {
        assertOnlyWords(NorwegianAnalysis.terms(ANALYSIS.surfaceForms(), text), text);
    }

    /** QueryPlan reads the surface form at each normalised word's position: the counts must agree. */
    @Property
    void normalisedAndSurfaceFormsHaveOneTermPerWord(@ForAll(supplier = NastyText.class) String text) {
        long words = NorwegianAnalysis.WORD.matcher(text).results().count();
        assertEquals(words, NorwegianAnalysis.terms(ANALYSIS.normaliser(), text).size(), text);
        assertEquals(words, NorwegianAnalysis.terms(ANALYSIS.surfaceForms(), text).size(), text);
    }
}
