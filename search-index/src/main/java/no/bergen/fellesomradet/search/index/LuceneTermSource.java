package no.bergen.fellesomradet.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * index is exported from this class, so both sides see the same integers. For one thread: it keeps
 * open term enums and its sums between calls.
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

    /**
     * A term's score in every document that has it, in document order. The scores are summed in
     * arrays kept between calls (the export asks for every term, and a map per term was a tenth of
     * its time); each document's fields are added in the same order as before, so the sums are the same.
     */
    @Override
    public Map<Integer, Long> postings(String term) throws IOException {
        int maxDoc = reader.maxDoc();
        if (sums.length < maxDoc) {
            sums = new double[maxDoc];
            hit = new boolean[maxDoc];
            hits = new int[maxDoc];
        }
        int count = 0;
        BytesRef bytes = new BytesRef(term);
        List<LeafReaderContext> leaves = reader.leaves();
        for (Map.Entry<String, Float> field : Fields.WEIGHTS.entrySet()) {
            TermsEnum[] enums = enums(field.getKey());
            boolean[] found = new boolean[leaves.size()];
            long df = 0;
            for (int i = 0; i < enums.length; i++) {
                if (enums[i] != null && enums[i].seekExact(bytes)) {
                    found[i] = true;
                    df += enums[i].docFreq();
                }
            }
            if (df == 0) continue;
            double idf = ScoreModel.idf(docCount, df);
            int[][] lengths = lengths(field.getKey());
            for (int i = 0; i < enums.length; i++) {
                if (!found[i]) continue;
                PostingsEnum pe = enums[i].postings(null, PostingsEnum.FREQS);
                int docBase = leaves.get(i).docBase;
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    double s = field.getValue() * ScoreModel.bm25(idf, pe.freq(), lengths[i][doc], averageLength.get(field.getKey()));
                    int d = docBase + doc;
                    if (!hit[d]) {
                        hit[d] = true;
                        hits[count++] = d;
                        sums[d] = s;
                    } else {
                        sums[d] += s;
                    }
                }
            }
        }
        Arrays.sort(hits, 0, count);
        Map<Integer, Long> out = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            int d = hits[k];
            hit[d] = false;
            long q = ScoreModel.quantise(sums[d]);
            if (q > 0) out.put(d, q);
        }
        return out.size() <= MAX_POSTINGS ? out : strongest(out);
    }

    /** Per document: the sum so far of the term being scored, whether it has one, and which have. */
    private double[] sums = new double[0];
    private boolean[] hit = new boolean[0];
    private int[] hits = new int[0];

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
    /**
     * Per field, one terms enum per segment, kept between calls: the export asks for every term in
     * order, and seeking an enum that is already open is far cheaper than opening one per term.
     */
    private final Map<String, TermsEnum[]> enums = new HashMap<>();
    /** Per field and segment, each document's field length from the norms (1 where there is none). */
    private final Map<String, int[][]> lengths = new HashMap<>();

    private TermsEnum[] enums(String field) throws IOException {
        TermsEnum[] cached = enums.get(field);
        if (cached != null) return cached;
        List<LeafReaderContext> leaves = reader.leaves();
        TermsEnum[] out = new TermsEnum[leaves.size()];
        for (int i = 0; i < out.length; i++) {
            Terms terms = leaves.get(i).reader().terms(field);
            out[i] = terms == null ? null : terms.iterator();
        }
        enums.put(field, out);
        return out;
    }

    private int[][] lengths(String field) throws IOException {
        int[][] cached = lengths.get(field);
        if (cached != null) return cached;
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] out = new int[leaves.size()][];
        for (int i = 0; i < out.length; i++) {
            LeafReader r = leaves.get(i).reader();
            out[i] = new int[r.maxDoc()];
            Arrays.fill(out[i], 1);
            NumericDocValues norms = r.getNormValues(field);
            if (norms == null) continue;
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                out[i][doc] = SmallFloat.byte4ToInt((byte) norms.longValue());
            }
        }
        lengths.put(field, out);
        return out;
    }

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
