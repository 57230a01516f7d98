package no.bergen.fellesomradet.render;

import java.io.File;
import java.sql.Date;
import java.util.Map;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.MarkupEngine;

import no.bergen.fellesomradet.model.Entry;

/**
 * JBake's markup engine for {@code .md}, built on commonmark-java. The front matter has already
 * been parsed and validated by the pipeline, so this engine turns a validated {@link Entry} into
 * JBake's {@link DocumentModel} instead of reading the file a second time. The document is the
 * page's address and metadata; its body and view are added by {@link EntryPages} when the page is
 * written. A build's engine is handed to its {@link EntryCrawler}; JBake's static registry gets
 * {@link #withoutEntries()} (see there).
 */
public final class CommonmarkEngine extends MarkupEngine {

    private static final CommonmarkEngine WITHOUT_ENTRIES = new CommonmarkEngine(Map.of(), null);

    private final Map<File, Entry> entries;
    private final PageModels pages;

    public CommonmarkEngine(Map<File, Entry> entries, PageModels pages) {
        this.entries = entries;
        this.pages = pages;
    }

    /**
     * For {@code Engines.register("md", …)}: JBake's file filters ask that registry which files are
     * content, so the assets' copy leaves {@code .md} files out. The registry keeps what it is given
     * until the JVM ends, so it gets this engine, which knows no entries: one that did kept the
     * whole last site (about 100 MB at 10,000 entries) alive in the daemon until the next build
     * replaced it, and so took room from that build's heap.
     */
    public static CommonmarkEngine withoutEntries() {
        return WITHOUT_ENTRIES;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Entry entry = entries.get(file.getAbsoluteFile());
        if (entry == null) return null;
        return document(entry);
    }

    /** The JBake document for one entry: its page path, title, type and date. */
    public DocumentModel document(Entry entry) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType(entry.type().key());
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(entry.title());
        doc.setUri(entry.path() + "index.html");
        doc.setNoExtensionUri(entry.path());
        doc.setRootPath("../../");
        doc.setSourceUri(entry.source().toString());
        doc.setDate(Date.valueOf(entry.lastChecked()));
        doc.put("root", "../../");
        doc.put("site", pages.site());
        doc.put("lang", entry.language());
        return doc;
    }
}
