package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by the dictionary words inside it ({@link CompoundSplitter}), and drops words
 * with none. Feeds the compound-part fields, which are weighted lower than whole words, so "vold"
 * finds "familievold" without ranking it above pages about vold itself.
 */
public final class CompoundPartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CompoundSplitter splitter;
    private List<String> pending = List.of();
    private int next;

    public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (next >= pending.size()) {
            if (!input.incrementToken()) return false;
            pending = splitter.parts(term.toString());
            next = 0;
        }
        term.setEmpty().append(pending.get(next++));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
    }
}
