package no.bergen.fellesomradet.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.index.Fields;
import no.bergen.fellesomradet.search.index.LuceneTermSource;

/**
 * The query side over the Lucene index: analyse with {@link QueryPlan}, rank with {@link Ranker}
 * on term scores read from Lucene, then apply the {@link ConcernRule}. Free text only, so no input
 * can make it fail.
 */
public final class Searcher implements Closeable {

    private final Directory directory;
    private final DirectoryReader reader;
    private final LuceneTermSource terms;
    private final StoredFields stored;
    private final NorwegianAnalysis analysis;
    private final SynonymRules synonyms;
    private final ConcernRule concern;

    public Searcher(Directory directory, NorwegianAnalysis analysis, SynonymRules synonyms, ConcernRule concern)
            throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.terms = new LuceneTermSource(reader);
        this.stored = reader.storedFields();
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.concern = concern;
    }

    public static Searcher open(Path dir, NorwegianAnalysis analysis, SynonymRules synonyms, ConcernRule concern)
            throws IOException {
        return new Searcher(FSDirectory.open(dir), analysis, synonyms, concern);
    }

    public List<Hit> search(String text, int limit) throws IOException {
        QueryPlan plan = QueryPlan.of(text, analysis, synonyms);
        List<Ranker.Scored> ranked = plan.isEmpty() ? List.of() : Ranker.rank(plan, terms);
        List<Integer> docs = concern.order(plan, ranked.stream().map(Ranker.Scored::doc).toList(), this::docOf);
        List<Hit> hits = new ArrayList<>();
        for (int doc : docs) {
            if (hits.size() == limit) break;
            long score = ranked.stream().filter(s -> s.doc() == doc).mapToLong(Ranker.Scored::score).findFirst().orElse(0);
            hits.add(hit(doc, score));
        }
        return hits;
    }

    /** The document of a slug, looked up in the slug field's index rather than by reading every document. */
    private int docOf(String slug) {
        try {
            for (var leaf : reader.leaves()) {
                var postings = leaf.reader().postings(new Term(Fields.SLUG, slug));
                if (postings != null && postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    return leaf.docBase + postings.docID();
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private Hit hit(int doc, long score) throws IOException {
        Document d = stored.document(doc);
        return new Hit(d.get(Fields.SLUG), d.get(Fields.TITLE), d.get(Fields.URL), d.get(Fields.TYPE),
                d.get(Fields.TYPE_LABEL), d.get(Fields.OWNER), d.get(Fields.SUMMARY), score);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
