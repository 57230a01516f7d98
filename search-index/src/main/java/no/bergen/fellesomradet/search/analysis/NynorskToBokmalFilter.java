package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites nynorsk word forms to their bokmål counterpart so that one stemmer serves both written
 * standards (no stemmer merges "tenester" and "tjenester"). Whole tokens and the start of
 * compounds are rewritten: "barnevernstenesta" → "barnevernstjenesta" via the stem "teneste".
 * Expects lowercased input. Works on the term's characters without making a String of every
 * token: it runs on every word of every entry.
 */
public final class NynorskToBokmalFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> forms;
    private final char[][] parts;
    private final String[] replacements;

    public NynorskToBokmalFilter(TokenStream input, Map<String, String> forms) {
        super(input);
        this.forms = new CharArrayMap<>(forms.size(), false);
        forms.forEach(this.forms::put);
        this.parts = NynorskForms.PARTS.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
        this.replacements = NynorskForms.PARTS.values().toArray(String[]::new);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        int length = term.length();
        String whole = forms.get(buffer, 0, length);
        if (whole != null) {
            term.setEmpty().append(whole);
            return true;
        }
        // Inside compounds: replace the first known nynorsk part ("-tenest-", "skule-").
        for (int p = 0; p < parts.length; p++) {
            int i = indexOf(buffer, length, parts[p]);
            if (i >= 0) {
                String word = term.toString();
                term.setEmpty().append(word, 0, i).append(replacements[p]).append(word, i + parts[p].length, word.length());
                return true;
            }
        }
        return true;
    }

    private static int indexOf(char[] text, int length, char[] part) {
        outer:
        for (int i = 0; i + part.length <= length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (text[i + j] != part[j]) continue outer;
            }
            return i;
        }
        return -1;
    }
}
