package no.bergen.fellesomradet.render;

import java.io.File;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's crawler, fed from the validated entry files instead of walking the folder again: each file
 * goes through the build's markup engine into the content store, as in JBake, and generated
 * pages (lists, search page, front page) are added beside them.
 */
public final class EntryCrawler extends Crawler {

    private final ContentStore store;
    private final JBakeConfiguration config;
    private final CommonmarkEngine engine;
    private final List<File> files;
    private final List<DocumentModel> generated;

    public EntryCrawler(ContentStore store, JBakeConfiguration config, CommonmarkEngine engine, List<File> files,
                        List<DocumentModel> generated) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.engine = engine;
        this.files = files;
        this.generated = generated;
    }

    @Override
    public void crawl() {
        // Cheap per file: a body is rendered only when its page is written (EntryPages).
        for (File file : files) {
            DocumentModel doc = engine.parse(config, file);
            if (doc != null) store.addDocument(doc);
        }
        generated.forEach(store::addDocument);
    }

    @Override
    public void crawlDataFiles() { /* controlled lists are read by the pipeline's content stage */ }
}
