package no.bergen.fellesomradet.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 * terms for a word (compound parts, with their position increments) or none. Filters with the
 * same steps on one thread may share a {@link Memory}, so every field that uses them learns a word once.
 */
public final class RepeatedWordFilter extends TokenFilter {

    /** Longer words are rare and not kept: a pasted blob of letters would only fill the memory. */
    static final int MAX_CACHED_LENGTH = 64;
    /** Enough for the vocabulary of a large site; later new words are analysed each time. */
    static final int MAX_CACHED_WORDS = 100_000;

    /** The terms of one word and their position increments. */
    private record Terms(String[] terms, int[] increments) { }

    /** The words one set of steps has seen, and their terms. For one thread. */
    public static final class Memory {
        private final CharArrayMap<Terms> words = new CharArrayMap<>(1024, false);
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream steps;
    private final CharTermAttribute stepTerm;
    private final PositionIncrementAttribute stepIncrement;
    private final CharArrayMap<Terms> cache;
    private Terms pending;
    private int next;

    /** @param steps the filters after the tokenizer, applied to the stream they are given */
    public RepeatedWordFilter(TokenStream input, UnaryOperator<TokenStream> steps) {
        this(input, steps, new Memory());
    }

    /** @param memory shared with the other filters of the same steps on this thread */
    public RepeatedWordFilter(TokenStream input, UnaryOperator<TokenStream> steps, Memory memory) {
        super(input);
        this.cache = memory.words;
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
        String[] out = new String[1];
        int[] increments = new int[1];
        int n = 0;
        try {
            steps.reset();
            while (steps.incrementToken()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                    increments = Arrays.copyOf(increments, n * 2);
                }
                out[n] = stepTerm.toString();
                increments[n++] = stepIncrement.getPositionIncrement();
            }
            steps.end();
        } catch (IOException e) {
            // The steps read from memory.
            throw new UncheckedIOException(e);
        }
        return new Terms(Arrays.copyOf(out, n), Arrays.copyOf(increments, n));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        next = 0;
    }
}
