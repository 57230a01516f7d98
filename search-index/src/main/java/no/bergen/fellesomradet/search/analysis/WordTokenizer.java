package no.bergen.fellesomradet.search.analysis;

import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Words are runs of letters and digits: the code points in Unicode's L and N categories, exactly
 * what {@link NorwegianAnalysis#WORD} ({@code [\p{L}\p{N}]+}) and the browser's regular expression
 * match. Done as a {@link CharTokenizer} because a regular expression per field was a tenth of the
 * build's indexing time.
 */
public final class WordTokenizer extends CharTokenizer {

    /** As long as Lucene allows: the regular expression has no limit either. */
    static final int MAX_WORD = 1024 * 1024;

    public WordTokenizer() {
        super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, MAX_WORD);
    }

    @Override
    protected boolean isTokenChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
