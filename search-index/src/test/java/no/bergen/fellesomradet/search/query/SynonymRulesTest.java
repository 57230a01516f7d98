package no.bergen.fellesomradet.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

class SynonymRulesTest {

    private final NorwegianAnalysis analysis = NorwegianAnalysis.create();
    private final SynonymRules rules = SynonymRules.parse("""
            # kommentar
            helsesøster => helsesykepleier
            ppt, pps, pedagogisk-psykologisk tjeneste
            barnevernstjeneste => barneverntjeneste
            """, t -> NorwegianAnalysis.terms(analysis.normaliser(), t));

    private List<String> norm(String s) {
        return NorwegianAnalysis.terms(analysis.normaliser(), s);
    }

    @Test
    void ruleOnBaseFormCoversInflectedForm() {
        List<SynonymRules.Group> g = rules.group(norm("barnevernstjenesten"));
        assertEquals(1, g.size());
        assertTrue(g.get(0).alternatives().contains(norm("barneverntjeneste")), g.toString());
    }

    @Test
    void theBrowserGetsTheRulesAsWrittenNormalised() {
        List<List<List<String>>> lines = rules.asLines();
        assertEquals(3, lines.size(), "the comment is not a rule");
        assertEquals(List.of(List.of(String.join(" ", norm("helsesøster"))), List.of(String.join(" ", norm("helsesykepleier")))),
                lines.get(0), "«a => b» keeps its two sides");
        assertEquals(1, lines.get(1).size(), "«a, b, c» is one list of equivalent phrases");
        assertEquals(String.join(" ", norm("pedagogisk-psykologisk tjeneste")), lines.get(1).get(0).get(2));
        assertFalse(rules.asMap().containsKey(String.join(" ", norm("helsesykepleier"))), "«=>» is one way");
    }

    @Test
    void abbreviationExpandsToPhrase() {
        List<SynonymRules.Group> g = rules.group(norm("PPT"));
        assertTrue(g.get(0).alternatives().contains(norm("pedagogisk-psykologisk tjeneste")), g.toString());
        assertTrue(g.get(0).alternatives().contains(norm("pps")), g.toString());
    }

    @Test
    void longestPhraseWins() {
        List<SynonymRules.Group> g = rules.group(norm("pedagogisk psykologisk tjeneste barn"));
        assertEquals(2, g.size(), g.toString());
        assertTrue(g.get(0).alternatives().contains(norm("ppt")));
    }

    @Test
    void oneWayRuleDoesNotGoBack() {
        assertEquals(List.of(List.of(norm("helsesykepleier").get(0))), rules.group(norm("helsesykepleier")).get(0).alternatives());
    }
}
