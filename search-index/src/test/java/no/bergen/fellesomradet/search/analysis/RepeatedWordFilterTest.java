package no.bergen.fellesomradet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The cache changes nothing a word's steps give: terms, positions and offsets, word after word. */
class RepeatedWordFilterTest {

    private static final CompoundSplitter SPLITTER = new CompoundSplitter(Set.of("barn", "vern", "familie", "vold", "skole"));

    private static TokenStream parts(TokenStream word) {
        return new CompoundPartsFilter(new LowerCaseFilter(word), SPLITTER);
    }

    private static Analyzer analyzer(boolean cached) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WordTokenizer();
                return new TokenStreamComponents(source, cached ? new RepeatedWordFilter(source, RepeatedWordFilterTest::parts) : parts(source));
            }
        };
    }

    /** term@position[start-end] for every token. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
            }
            ts.end();
        }
        return out;
    }

    @Test
    void aRepeatedWordGivesWhatItsStepsGaveTheFirstTime() throws IOException {
        // Words with several parts, with none (dropped), and the same words again in other cases and places.
        String text = "Barnevern og familievold. BARNEVERN i skolen, barnevern og Familievold igjen; skolebarn barnevern";
        List<String> expected = tokens(analyzer(false), text);
        assertEquals(List.of("barn@0[0-9]", "vern@1[0-9]", "familie@2[13-24]", "vold@3[13-24]"), expected.subList(0, 4));
        assertEquals(expected, tokens(analyzer(true), text));
    }

    @Test
    void theStandardChainGivesTheSameTermsAsItsStepsWithoutTheCache() throws IOException {
        NorwegianAnalysis analysis = NorwegianAnalysis.create();
        String text = "Lærerne i barnehagen snakket med helsesykepleieren om barnevernstenesta. Lærerne meldte "
                + "bekymring til barnevernet; barnevernstenesta svarte lærerne.";
        Analyzer uncached = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new WordTokenizer();
                TokenStream ts = new AgentNounFilter(new NynorskToBokmalFilter(new LowerCaseFilter(source), NynorskForms.WORDS));
                ts = new CompoundPartsFilter(ts, analysis.splitter());
                return new TokenStreamComponents(source, NorwegianAnalysis.Steps.standard().stemmer().apply(ts));
            }
        };
        assertEquals(tokens(uncached, text), tokens(analysis.partsAnalyzer(), text));
    }
}
