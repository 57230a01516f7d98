package no.bergen.fellesomradet.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * The Norwegian analysis chains. Each step is one filter that does one thing; the analyzers only
 * compose them:
 * <ol>
 *   <li>StandardTokenizer, LowerCaseFilter</li>
 *   <li>{@link NynorskToBokmalFilter}: one written standard, so one stemmer serves both</li>
 *   <li>index side only: DictionaryCompoundWordTokenFilter with {@code compound-parts.txt}</li>
 *   <li>Snowball Norwegian stemmer (keeps barnevern/barnevernet together; see docs/adr/0003)</li>
 *   <li>query side only: SynonymGraphFilter, with rules analysed by the same chain so a rule on a
 *       base form covers every inflection</li>
 * </ol>
 */
public final class NorwegianAnalysis {

    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer normalise;

    private NorwegianAnalysis(SynonymMap synonyms) {
        CharArraySet parts = compoundParts();
        this.normalise = new Chain(false, null, null);
        this.index = new Chain(true, parts, null);
        this.query = new Chain(false, null, synonyms);
    }

    /** @param synonymRules the content owners' synonym file (Solr format); may be empty */
    public static NorwegianAnalysis create(String synonymRules) {
        Chain base = new Chain(false, null, null);
        SynonymMap map = null;
        if (!synonymRules.isBlank()) {
            try {
                SolrSynonymParser parser = new SolrSynonymParser(true, true, base);
                parser.parse(new StringReader(synonymRules));
                map = parser.build();
            } catch (IOException | ParseException e) {
                throw new IllegalArgumentException("synonym file: " + e.getMessage(), e);
            }
        }
        return new NorwegianAnalysis(map);
    }

    /** For indexing: splits compounds. */
    public Analyzer indexAnalyzer() { return index; }

    /** For queries: expands synonyms, does not split (a short query should not match noise). */
    public Analyzer queryAnalyzer() { return query; }

    /** Lowercase, nynorsk→bokmål and stem only. */
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

    private static CharArraySet compoundParts() {
        CharArraySet set = new CharArraySet(128, false);
        try (InputStream in = NorwegianAnalysis.class.getResourceAsStream("compound-parts.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    private static final class Chain extends Analyzer {
        private final boolean decompound;
        private final CharArraySet parts;
        private final SynonymMap synonyms;

        Chain(boolean decompound, CharArraySet parts, SynonymMap synonyms) {
            this.decompound = decompound;
            this.parts = parts;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new NynorskToBokmalFilter(ts, NynorskForms.WORDS);
            if (decompound) ts = new DictionaryCompoundWordTokenFilter(ts, parts, 6, 3, 20, false);
            ts = new SnowballFilter(ts, new NorwegianStemmer());
            if (synonyms != null) ts = new SynonymGraphFilter(ts, synonyms, true);
            if (decompound) ts = new RemoveDuplicatesTokenFilter(ts);
            return new TokenStreamComponents(source, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    static Reader reader(String s) {
        return new StringReader(s);
    }
}
