package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Plural and definite forms of the job titles employees search for, back to the singular:
 * lærere, læreren, lærerne → lærer; helsesykepleiere → helsesykepleier. The Snowball stemmer
 * keeps them apart (lærer → lær, but lærere → lærer), so «lærer» did not find «lærere». Only words
 * that end in one of {@link #TITLES} plus one of {@link #INFLECTIONS} are changed: a general rule
 * on "-ere" would take verbs too (vurdere, whose stem vurder it shares with vurderer today).
 * Expects lowercased bokmål (after {@link NynorskToBokmalFilter}); sok-motor.js does the same.
 */
public final class AgentNounFilter extends TokenFilter {

    /** Endings of the titles: lærer (barnehagelærer), eier (sykepleier), leder (veileder) … */
    public static final List<String> TITLES = List.of("lærer", "eier", "leder", "arbeider", "behandler", "giver", "styrer", "fører",
            "søster");

    /** What a title takes in the plural and definite forms, longest first; the first that fits is removed. */
    public static final List<String> INFLECTIONS = List.of("ens", "nes", "en", "ne", "e");

    /** The last letters of the titles. */
    private static final String TITLE_ENDS = TITLES.stream().map(t -> t.substring(t.length() - 1)).distinct()
            .collect(Collectors.joining());

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public AgentNounFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        int base = singularLength(term.buffer(), term.length());
        if (base >= 0) term.setLength(base);
        return true;
    }

    /** The length of the singular if the word is an inflected title, else -1. */
    static int singularLength(char[] word, int length) {
        for (String inflection : INFLECTIONS) {
            if (!endsWith(word, length, inflection)) continue;
            int base = length - inflection.length();
            // It runs on every word: most end in -e or -en, few of them in a title's last letter.
            if (base == 0 || TITLE_ENDS.indexOf(word[base - 1]) < 0) continue;
            for (String title : TITLES) {
                if (endsWith(word, base, title)) return base;
            }
        }
        return -1;
    }

    private static boolean endsWith(char[] word, int length, String end) {
        if (length < end.length()) return false;
        for (int i = 0; i < end.length(); i++) {
            if (word[length - end.length() + i] != end.charAt(i)) return false;
        }
        return true;
    }
}
