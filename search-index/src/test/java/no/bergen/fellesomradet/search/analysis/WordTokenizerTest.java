package no.bergen.fellesomradet.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import no.bergen.fellesomradet.search.NastyText;

/** The tokenizer finds the same words as the regular expression the query side and the browser use. */
class WordTokenizerTest {

    static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (WordTokenizer t = new WordTokenizer()) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            t.setReader(new StringReader(text));
            t.reset();
            while (t.incrementToken()) out.add(term.toString());
            t.end();
        }
        return out;
    }

    @Property(tries = 500)
    void sameWordsAsTheRegularExpression(@ForAll(supplier = NastyText.class) String text) throws IOException {
        assertEquals(NorwegianAnalysis.WORD.matcher(text).results().map(MatchResult::group).toList(), tokens(text), text);
    }

    @Example
    void lettersDigitsAndOtherNumbers() throws IOException {
        assertEquals(List.of("Bekymret", "for", "et", "barn", "2½", "Ⅻ", "𝔅arn", "116", "111"),
                tokens("Bekymret for et barn? 2½ – Ⅻ 𝔅arn, 116 111."));
    }

    @Example
    void aVeryLongWordStaysOneWord() throws IOException {
        String word = "a".repeat(5000);
        assertEquals(List.of(word), tokens(word + " "));
    }
}
