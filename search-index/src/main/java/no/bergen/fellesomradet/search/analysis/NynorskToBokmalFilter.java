package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites nynorsk word forms to their bokmål counterpart so that one stemmer serves both written
 * standards (no stemmer merges "tenester" and "tjenester"). Whole tokens and the start of
 * compounds are rewritten: "barnevernstenesta" → "barnevernstjenesta" via the stem "teneste".
 * Expects lowercased input.
 */
public final class NynorskToBokmalFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Map<String, String> forms;

    public NynorskToBokmalFilter(TokenStream input, Map<String, String> forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String word = term.toString();
        String whole = forms.get(word);
        if (whole != null) {
            term.setEmpty().append(whole);
            return true;
        }
        // Inside compounds: replace the longest known nynorsk part ("-tenest-", "skule-").
        for (Map.Entry<String, String> e : NynorskForms.PARTS.entrySet()) {
            int i = word.indexOf(e.getKey());
            if (i >= 0) {
                term.setEmpty().append(word, 0, i).append(e.getValue()).append(word, i + e.getKey().length(), word.length());
                return true;
            }
        }
        return true;
    }
}
