package no.bergen.fellesomradet.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * The Norwegian analysis chains. Each step is one filter that does one thing; the analyzers only
 * compose them. Synonyms are applied to the normalised query words afterwards ({@code SynonymRules}).
 * Every step after the tokenizer looks at one word at a time, so {@link RepeatedWordFilter} runs
 * them once per distinct word.
 * <ol>
 *   <li>words are runs of letters and digits ({@link #WORD}); LowerCaseFilter</li>
 *   <li>{@link NynorskToBokmalFilter}: one written standard, so one stemmer serves both</li>
 *   <li>{@link AgentNounFilter}: lærere, læreren → lærer, which the stemmer would keep apart</li>
 *   <li>compound-part fields only: {@link CompoundPartsFilter}, the dictionary words inside each
 *       word ({@code compound-parts.txt})</li>
 *   <li>Snowball Norwegian stemmer (keeps barnevern/barnevernet together; see docs/adr/0003)</li>
 * </ol>
 */
public final class NorwegianAnalysis {

    /**
     * What a word is. Deliberately simpler than UAX#29 so that the browser's copy of the query
     * analysis (sok-motor.js) splits text exactly the same way.
     */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * The steps that can be swapped, so alternatives (Hunspell, dictionary decompounding) can be
     * measured on the judged queries against the chain in use (AnalysisComparisonTest, docs/adr/0003).
     *
     * @param nynorskTable  map nynorsk forms to bokmål before stemming
     * @param agentNouns    put plural and definite job titles back to the singular
     * @param stemmer       the stemming step
     * @param compoundParts the compound-part fields' splitting step, or null for {@link CompoundPartsFilter}
     */
    public record Steps(boolean nynorskTable, boolean agentNouns, UnaryOperator<TokenStream> stemmer,
                        UnaryOperator<TokenStream> compoundParts) {

        /** The chain in use: the nynorsk table, the job-title filter, Snowball, the own compound list. */
        public static Steps standard() {
            return new Steps(true, true, ts -> new SnowballFilter(ts, new NorwegianStemmer()), null);
        }
    }

    private final Analyzer parts;
    private final Analyzer normalise;
    private final Analyzer surface;
    private final List<String> dictionaryWords = compoundParts();
    private final CompoundSplitter splitter = new CompoundSplitter(new HashSet<>(dictionaryWords));

    private NorwegianAnalysis(Steps steps) {
        this.normalise = new Chain(Mode.NORMALISE, null, steps);
        this.parts = new Chain(Mode.PARTS, splitter, steps);
        this.surface = new Chain(Mode.SURFACE, null, steps);
    }

    /** Splits compounds into dictionary words (the same splitting the compound-part fields use). */
    public CompoundSplitter splitter() { return splitter; }

    public static NorwegianAnalysis create() {
        return new NorwegianAnalysis(Steps.standard());
    }

    /** A chain with other steps; only for measuring alternatives; the browser mirrors {@link #create()} alone. */
    public static NorwegianAnalysis create(Steps steps) {
        return new NorwegianAnalysis(steps);
    }

    /** For the compound-part fields: only the parts of compounds, normalised ("familievold" → famili, vold). */
    public Analyzer partsAnalyzer() { return parts; }

    /** Lowercase and nynorsk→bokmål, not stemmed: the form compound parts are looked up in. */
    public Analyzer surfaceForms() { return surface; }

    /**
     * Norwegian stop words (Lucene's Snowball list, bokmål and nynorsk), lowercase and unstemmed,
     * sorted; the query side skips them outside phrase rules.
     */
    public Set<String> stopWords() { return STOP_WORDS; }

    private static final Set<String> STOP_WORDS;

    static {
        TreeSet<String> set = new TreeSet<>();
        for (Object o : NorwegianAnalyzer.getDefaultStopSet()) set.add(new String((char[]) o));
        STOP_WORDS = Collections.unmodifiableSet(set);
    }

    /** The compound-part dictionary, sorted (exported for the browser's query fallback). */
    public List<String> dictionary() { return dictionaryWords; }

    /**
     * For queries and synonym rules: words, lowercase, nynorsk→bokmål, stem. Queries are not split
     * into compound parts, so a short query is not flooded with partial matches.
     */
    public Analyzer normaliser() { return normalise; }

    /** The terms an analyzer produces for a text; convenient for tests and the browser export. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> compoundParts() {
        try (InputStream in = NorwegianAnalysis.class.getResourceAsStream("compound-parts.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Mode { NORMALISE, PARTS, SURFACE }

    private static final class Chain extends Analyzer {
        private final Mode mode;
        private final CompoundSplitter splitter;
        private final Steps steps;
        /** Per thread, shared by the fields: components are made and used on one thread. */
        private final ThreadLocal<RepeatedWordFilter.Memory> memory = ThreadLocal.withInitial(RepeatedWordFilter.Memory::new);

        Chain(Mode mode, CompoundSplitter splitter, Steps steps) {
            this.mode = mode;
            this.splitter = splitter;
            this.steps = steps;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WordTokenizer();
            return new TokenStreamComponents(source, new RepeatedWordFilter(source, this::wordSteps, memory.get()));
        }

        /** What is done to each word: every step looks at one word at a time. */
        private TokenStream wordSteps(TokenStream word) {
            TokenStream ts = new LowerCaseFilter(word);
            if (steps.nynorskTable()) ts = new NynorskToBokmalFilter(ts, NynorskForms.WORDS);
            if (mode == Mode.SURFACE) return ts;
            if (steps.agentNouns()) ts = new AgentNounFilter(ts);
            if (mode == Mode.PARTS) {
                ts = steps.compoundParts() == null ? new CompoundPartsFilter(ts, splitter) : steps.compoundParts().apply(ts);
            }
            return steps.stemmer().apply(ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

}
