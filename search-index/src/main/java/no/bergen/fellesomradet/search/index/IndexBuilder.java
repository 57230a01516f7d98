package no.bergen.fellesomradet.search.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.Directory;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/** Writes the Lucene index of all entries: weighted text fields, and keyword fields for facets. */
public final class IndexBuilder {

    /**
     * Longer words are left out of the index. Lucene refuses a document with a term over 32766
     * bytes (a pasted blob of letters would stop the whole build), and nobody searches for one.
     */
    public static final int MAX_TERM_LENGTH = 1000;

    private final NorwegianAnalysis analysis;

    public IndexBuilder(NorwegianAnalysis analysis) {
        this.analysis = analysis;
    }

    public void write(List<IndexDocument> docs, Directory directory) throws IOException {
        Analyzer keyword = new KeywordAnalyzer();
        Analyzer analyzer = withoutImmenseTerms(new PerFieldAnalyzerWrapper(analysis.normaliser(), Map.of(
                Fields.TYPE, keyword, Fields.OWNER, keyword, Fields.DEPARTMENT, keyword, Fields.AUDIENCE, keyword,
                Fields.TITLE_PARTS, analysis.partsAnalyzer(), Fields.BODY_PARTS, analysis.partsAnalyzer())));
        // One thread adds the documents in input (slug) order, so Lucene's document numbers are that
        // order, which the browser index and its ties rely on; a merge policy of adjacent segments
        // keeps it if the buffer is ever flushed more than once. The build runs this beside the
        // pages, on a machine that is busy on every core: analysing on more threads here only
        // added the work of sorting and merging their segments (docs/PERFORMANCE.md).
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256).setMergePolicy(new LogDocMergePolicy());
        cfg.setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, cfg)) {
            for (IndexDocument d : docs) writer.addDocument(toLucene(d));
            writer.forceMerge(1);
        }
    }

    private static Analyzer withoutImmenseTerms(Analyzer inner) {
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return inner;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                return new TokenStreamComponents(components.getSource(),
                        new LengthFilter(components.getTokenStream(), 1, MAX_TERM_LENGTH));
            }
        };
    }

    static Document toLucene(IndexDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.SLUG, d.slug(), Field.Store.YES));
        doc.add(new StoredField(Fields.URL, d.url()));
        doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(Fields.KEYWORDS, String.join(" . ", d.keywords()), Field.Store.YES));
        doc.add(new TextField(Fields.SUMMARY, d.summary(), Field.Store.YES));
        doc.add(new TextField(Fields.HEADINGS, String.join(" . ", d.headings()), Field.Store.NO));
        doc.add(new TextField(Fields.BODY, d.body(), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE_PARTS, d.title() + " . " + String.join(" . ", d.keywords()), Field.Store.NO));
        doc.add(new TextField(Fields.BODY_PARTS, d.summary() + " . " + String.join(" . ", d.headings()) + " . " + d.body(),
                Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, d.type(), Field.Store.YES));
        doc.add(new StoredField(Fields.TYPE_LABEL, d.typeLabel()));
        doc.add(new StringField(Fields.OWNER, d.owner(), Field.Store.YES));
        doc.add(new StringField(Fields.DEPARTMENT, d.department(), Field.Store.YES));
        for (String a : d.audiences()) doc.add(new StringField(Fields.AUDIENCE, a, Field.Store.YES));
        return doc;
    }
}
