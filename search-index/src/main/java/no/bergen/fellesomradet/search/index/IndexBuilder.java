package no.bergen.fellesomradet.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/** Writes the Lucene index of all entries: weighted text fields, and keyword fields for facets. */
public final class IndexBuilder {

    private final NorwegianAnalysis analysis;

    public IndexBuilder(NorwegianAnalysis analysis) {
        this.analysis = analysis;
    }

    public void write(List<IndexDocument> docs, Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir)) {
            write(docs, directory);
        }
    }

    public void write(List<IndexDocument> docs, Directory directory) throws IOException {
        Analyzer keyword = new KeywordAnalyzer();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analysis.normaliser(), Map.of(
                Fields.TYPE, keyword, Fields.OWNER, keyword, Fields.DEPARTMENT, keyword, Fields.AUDIENCE, keyword,
                Fields.TITLE_PARTS, analysis.partsAnalyzer(), Fields.BODY_PARTS, analysis.partsAnalyzer()));
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(128);
        cfg.setUseCompoundFile(true);
        try (IndexWriter writer = new IndexWriter(directory, cfg)) {
            for (IndexDocument d : docs) writer.addDocument(toLucene(d));
            writer.forceMerge(1);
        }
    }

    static Document toLucene(IndexDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.SLUG, d.slug(), Field.Store.YES));
        doc.add(new StoredField(Fields.URL, d.url()));
        doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
        doc.add(new TextField(Fields.KEYWORDS, String.join(" . ", d.keywords()), Field.Store.YES));
        doc.add(new TextField(Fields.SUMMARY, d.summary(), Field.Store.YES));
        doc.add(new TextField(Fields.HEADINGS, String.join(" . ", d.headings()), Field.Store.NO));
        doc.add(new TextField(Fields.BODY, d.body(), Field.Store.YES));
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
