package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the steps after the tokenizer once per distinct word, and replays their terms when the
 * word comes again. Text repeats its words, and each step looks at one word at a time, so a word
 * always gives the same terms; at 10,000 entries the steps took half of the Lucene index's time
 * (docs/PERFORMANCE.md). The steps read from their own one-word stream, so they may emit several
 * terms for a word (compound parts, with their position increments) or none.
 */
public final class RepeatedWordFilter extends TokenFilter {

    /** Longer words are rare and not kept: a pasted blob of letters would only fill the memory. */
    static final int MAX_CACHED_LENGTH = 64;
    /** Enough for the vocabulary of a large site; later new words are analysed each time. */
    static final int MAX_CACHED_WORDS = 100_000;

    /** The terms of one word and their position increments. */
    private record Terms(String[] terms, int[] increments) { }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream steps;
    private final CharTermAttribute stepTerm;
    private final PositionIncrementAttribute stepIncrement;
    private final CharArrayMap<Terms> cache = new CharArrayMap<>(1024, false);
    private Terms pending;
    private int next;

    /** @param steps the filters after the tokenizer, applied to the stream they are given */
    public RepeatedWordFilter(TokenStream input, UnaryOperator<TokenStream> steps) {
        super(input);
        this.steps = steps.apply(word);
        this.stepTerm = this.steps.addAttribute(CharTermAttribute.class);
        this.stepIncrement = this.steps.addAttribute(PositionIncrementAttribute.class);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending == null || next >= pending.terms.length) {
            if (!input.incrementToken()) return false;
            pending = termsOf(term.buffer(), term.length());
            next = 0;
        }
        term.setEmpty().append(pending.terms[next]);
        increment.setPositionIncrement(pending.increments[next]);
        next++;
        return true;
    }

    private Terms termsOf(char[] buffer, int length) {
        Terms known = cache.get(buffer, 0, length);
        if (known != null) return known;
        Terms terms = analyse(buffer, length);
        if (length <= MAX_CACHED_LENGTH && cache.size() < MAX_CACHED_WORDS) {
            cache.put(new String(buffer, 0, length), terms);
        }
        return terms;
    }

    private Terms analyse(char[] buffer, int length) {
        word.set(buffer, length);
        List<String> out = new ArrayList<>(2);
        List<Integer> increments = new ArrayList<>(2);
        try {
            steps.reset();
            while (steps.incrementToken()) {
                out.add(stepTerm.toString());
                increments.add(stepIncrement.getPositionIncrement());
            }
            steps.end();
        } catch (IOException e) {
            // The steps read from memory.
            throw new UncheckedIOException(e);
        }
        return new Terms(out.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        next = 0;
    }
}
