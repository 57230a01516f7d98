package no.bergen.fellesomradet.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** A token stream of one word, set before each reset: the source of {@link RepeatedWordFilter}'s steps. */
final class OneWord extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private char[] word = new char[0];
    private int length;
    private boolean done;

    void set(char[] buffer, int length) {
        if (word.length < length) word = new char[length];
        System.arraycopy(buffer, 0, word, 0, length);
        this.length = length;
    }

    @Override
    public boolean incrementToken() {
        if (done) return false;
        clearAttributes();
        term.copyBuffer(word, 0, length);
        increment.setPositionIncrement(1);
        done = true;
        return true;
    }

    @Override
    public void reset() {
        done = false;
    }
}
