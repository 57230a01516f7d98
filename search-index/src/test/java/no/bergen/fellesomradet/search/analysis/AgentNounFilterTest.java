package no.bergen.fellesomradet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/** The filter alone, on lowercased words. */
class AgentNounFilterTest {

    private final Analyzer alone = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WordTokenizer();
            return new TokenStreamComponents(source, new AgentNounFilter(source));
        }
    };

    private List<String> run(String text) {
        return NorwegianAnalysis.terms(alone, text);
    }

    @Test
    void pluralAndDefiniteTitlesBecomeSingular() {
        assertEquals(List.of("lærer", "lærer", "lærer", "lærer", "lærer"), run("lærere læreren lærerne lærerens lærernes"));
        assertEquals(List.of("helsesykepleier", "barnehagelærer", "saksbehandler", "veileder", "rådgiver", "miljøarbeider"),
                run("helsesykepleiere barnehagelærerne saksbehandleren veiledere rådgivere miljøarbeiderne"));
    }

    @Test
    void otherWordsAreLeftAlone() {
        List<String> words = List.of("lærer", "vurdere", "vurderer", "styrene", "styret", "lede", "fleire", "tjenester", "andre", "e", "ene");
        assertEquals(words, run(String.join(" ", words)));
    }
}
