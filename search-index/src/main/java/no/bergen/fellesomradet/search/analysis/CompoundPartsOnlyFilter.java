package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Keeps only the parts a compound filter found (tokens stacked on the word they came from) and
 * drops the words themselves. The parts go to their own, lower-weighted fields, so "vold" finds
 * "familievold" without ranking it above pages about vold itself.
 */
public final class CompoundPartsOnlyFilter extends TokenFilter {

    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    public CompoundPartsOnlyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (position.getPositionIncrement() == 0) {
                position.setPositionIncrement(1); // each part gets a position of its own
                return true;
            }
        }
        return false;
    }
}
