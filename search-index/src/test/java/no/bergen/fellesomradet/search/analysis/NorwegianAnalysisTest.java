package no.bergen.fellesomradet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each step of the chain on the words employees actually type. */
class NorwegianAnalysisTest {

    private final NorwegianAnalysis analysis = NorwegianAnalysis.create();

    private List<String> norm(String s) {
        return NorwegianAnalysis.terms(analysis.normaliser(), s);
    }

    @Test
    void inflectionsShareAStem() {
        assertEquals(norm("barnevern"), norm("barnevernet"));
        assertEquals(norm("tjeneste"), norm("tjenesten"));
        assertEquals(norm("tjeneste"), norm("tjenester"));
        assertEquals(norm("bekymring"), norm("bekymringer"));
    }

    @Test
    void jobTitlesShareAStemInEveryForm() {
        for (String title : List.of("lærer", "helsesykepleier", "saksbehandler", "veileder")) {
            for (String form : List.of(title + "e", title + "en", title + "ne")) {
                assertEquals(norm(title), norm(form), form);
            }
        }
        assertEquals(norm("helsesøster"), norm("helsesøsteren"));
        assertEquals(norm("vurderer"), norm("vurdere"), "verbs keep their stem");
    }

    @Test
    void nynorskMeetsBokmal() {
        assertEquals(norm("tjenester"), norm("tenester"));
        assertEquals(norm("skole"), norm("skule"));
        assertEquals(norm("vold"), norm("vald"));
        assertEquals(norm("barneverntjenesten"), norm("barnevernstenesta"));
    }

    @Test
    void partsAnalyzerKeepsOnlyTheParts() {
        List<String> terms = NorwegianAnalysis.terms(analysis.partsAnalyzer(), "familievold");
        assertTrue(terms.containsAll(norm("vold")), terms.toString());
        assertTrue(!terms.containsAll(norm("familievold")), terms.toString());
        List<String> vakt = NorwegianAnalysis.terms(analysis.partsAnalyzer(), "barnevernvakten");
        assertTrue(vakt.containsAll(norm("barnevern")), vakt.toString());
        assertEquals(List.of(), NorwegianAnalysis.terms(analysis.partsAnalyzer(), "vold"));
    }

    @Test
    void querySideDoesNotSplitCompounds() {
        assertEquals(List.of("familievold"), norm("familievold"));
    }

    @Test
    void oddInputNeverThrows() {
        for (String s : new String[] {"", "   ", "!!!", "AND (", "\"", "🙂🙂", "שלום", "x".repeat(5000), "\u0000\uFFFF"}) {
            NorwegianAnalysis.terms(analysis.normaliser(), s);
            NorwegianAnalysis.terms(analysis.partsAnalyzer(), s);
        }
    }
}
