package no.bergen.fellesomradet.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

import no.bergen.fellesomradet.search.query.ScoreModel;
import no.bergen.fellesomradet.search.query.TermSource;

/**
 * Term scores read from the Lucene index: postings and frequencies per field, field lengths from
 * the norms, collection statistics from the terms, combined by {@link ScoreModel}. The browser
 * index is exported from this class, so both sides see the same integers.
 */
public final class LuceneTermSource implements TermSource {

    private final IndexReader reader;
    private final int docCount;
    private final Map<String, Double> averageLength = new HashMap<>();
    private final Map<String, List<String>> byLetter = new HashMap<>();

    public LuceneTermSource(IndexReader reader) throws IOException {
        this.reader = reader;
        this.docCount = reader.numDocs();
        for (String field : Fields.WEIGHTS.keySet()) {
            double sum = 0;
            double docs = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                sum += terms.getSumTotalTermFreq();
                docs += terms.getDocCount();
            }
            averageLength.put(field, docs == 0 ? 1 : sum / docs);
        }
    }

    @Override
    public Map<Integer, Long> postings(String term) throws IOException {
        Map<Integer, Double> weighted = new TreeMap<>();
        BytesRef bytes = new BytesRef(term);
        for (Map.Entry<String, Float> field : Fields.WEIGHTS.entrySet()) {
            long df = reader.docFreq(new org.apache.lucene.index.Term(field.getKey(), bytes));
            if (df == 0) continue;
            double idf = ScoreModel.idf(docCount, df);
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Terms terms = r.terms(field.getKey());
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                if (!te.seekExact(bytes)) continue;
                PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
                NumericDocValues norms = r.getNormValues(field.getKey());
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    long length = norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 1;
                    double s = field.getValue() * ScoreModel.bm25(idf, pe.freq(), length, averageLength.get(field.getKey()));
                    weighted.merge(leaf.docBase + doc, s, Double::sum);
                }
            }
        }
        Map<Integer, Long> out = new TreeMap<>();
        weighted.forEach((doc, s) -> {
            long q = ScoreModel.quantise(s);
            if (q > 0) out.put(doc, q);
        });
        return out.size() <= MAX_POSTINGS ? out : strongest(out);
    }

    /**
     * A term in more documents than this keeps only its best-scoring ones: a very common word adds
     * little to ranking, and its full list would dominate what the browser downloads.
     */
    public static final int MAX_POSTINGS = 1500;

    private static Map<Integer, Long> strongest(Map<Integer, Long> postings) {
        Map<Integer, Long> out = new TreeMap<>();
        postings.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_POSTINGS).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public List<String> termsStartingWith(String firstLetter) throws IOException {
        List<String> cached = byLetter.get(firstLetter);
        if (cached != null) return cached;
        TreeSet<String> set = new TreeSet<>();
        for (String t : allTerms()) if (t.startsWith(firstLetter)) set.add(t);
        List<String> list = List.copyOf(set);
        byLetter.put(firstLetter, list);
        return list;
    }

    private List<String> all;

    /** Every term of every weighted field, sorted as Java (and JavaScript) sort strings. */
    public List<String> allTerms() throws IOException {
        if (all != null) return all;
        TreeSet<String> set = new TreeSet<>();
        for (String field : Fields.WEIGHTS.keySet()) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) continue;
                TermsEnum te = terms.iterator();
                for (BytesRef b = te.next(); b != null; b = te.next()) set.add(b.utf8ToString());
            }
        }
        all = new ArrayList<>(set);
        return all;
    }
}
