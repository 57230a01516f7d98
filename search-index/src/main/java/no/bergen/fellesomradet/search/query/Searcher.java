package no.bergen.fellesomradet.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.index.Fields;

/**
 * The query side. A query is free text, never Lucene syntax, so no input can make it fail: each
 * word is analysed (synonyms included) and looked up in every text field with that field's weight;
 * words of five letters or more also match with one typo, and the last word also as a prefix
 * (type-ahead), both ranked below exact matches. Queries that express worry about a child put the
 * concern guide first.
 */
public final class Searcher implements Closeable {

    static final int MAX_QUERY_CHARS = 500;
    static final float FUZZY_WEIGHT = 0.35f;
    static final float PREFIX_WEIGHT = 0.5f;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final NorwegianAnalysis analysis;
    private final ConcernRule concern;

    public Searcher(Directory directory, NorwegianAnalysis analysis, ConcernRule concern) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.analysis = analysis;
        this.concern = concern;
    }

    public static Searcher open(Path dir, NorwegianAnalysis analysis, ConcernRule concern) throws IOException {
        return new Searcher(FSDirectory.open(dir), analysis, concern);
    }

    public List<Hit> search(String text, int limit) throws IOException {
        String q = text == null ? "" : text.length() > MAX_QUERY_CHARS ? text.substring(0, MAX_QUERY_CHARS) : text;
        Query query = build(q);
        List<Hit> hits = new ArrayList<>();
        if (query != null) {
            for (ScoreDoc sd : searcher.search(query, Math.max(limit, 1) + 2).scoreDocs) {
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score));
            }
        }
        return concern.apply(q, hits, this::lookup).stream().limit(limit).toList();
    }

    private Hit lookup(String slug) {
        try {
            var top = searcher.search(new TermQuery(new Term(Fields.SLUG, slug)), 1);
            return top.scoreDocs.length == 0 ? null : hit(searcher.storedFields().document(top.scoreDocs[0].doc), 0f);
        } catch (IOException e) {
            return null;
        }
    }

    Query build(String text) {
        List<String> words = NorwegianAnalysis.terms(analysis.normaliser(), text);
        if (words.isEmpty()) return null;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        QueryBuilder qb = new QueryBuilder(analysis.queryAnalyzer());
        // Raw words (lowercased, unstemmed) for typo and prefix matching on the surface form.
        List<String> raw = rawWords(text);
        for (Map.Entry<String, Float> field : Fields.WEIGHTS.entrySet()) {
            Query exact = qb.createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (exact != null) all.add(new BoostQuery(exact, field.getValue()), BooleanClause.Occur.SHOULD);
            for (int i = 0; i < raw.size(); i++) {
                String w = raw.get(i);
                for (String stem : NorwegianAnalysis.terms(analysis.normaliser(), w)) {
                    if (stem.length() >= 5) {
                        all.add(new BoostQuery(new FuzzyQuery(new Term(field.getKey(), stem), 1, 2),
                                field.getValue() * FUZZY_WEIGHT), BooleanClause.Occur.SHOULD);
                    }
                }
                if (i == raw.size() - 1 && w.length() >= 3) {
                    all.add(new BoostQuery(new PrefixQuery(new Term(field.getKey(), w)), field.getValue() * PREFIX_WEIGHT),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        return all.build();
    }

    static List<String> rawWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && w.length() <= 40) out.add(w);
        }
        return new ArrayList<>(out);
    }

    private static Hit hit(Document d, float score) {
        return new Hit(d.get(Fields.SLUG), d.get(Fields.TITLE), d.get(Fields.URL), d.get(Fields.TYPE),
                d.get(Fields.TYPE_LABEL), d.get(Fields.OWNER), d.get(Fields.SUMMARY), score);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
