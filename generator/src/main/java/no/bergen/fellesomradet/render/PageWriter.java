package no.bergen.fellesomradet.render;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

/**
 * Writes a document's page: the site's FreeMarker engine with the template JBake's configuration
 * names for its type, to the file JBake's {@link Renderer} would write. The page is rendered in
 * memory as UTF-8 ({@link Utf8Page}; the templates declare that charset) and written with one
 * call into a new file. JBake's {@code Renderer.render} checks for
 * two earlier versions, creates the file empty, opens it again and writes through an unbuffered
 * encoder in pieces: about four times the file system calls, and on this project's machine
 * creating and writing files is most of a large build's page stage (docs/PERFORMANCE.md). A build
 * always writes into a new folder, so there is nothing earlier to delete; serve's incremental
 * pages still go through JBake's renderer.
 */
public final class PageWriter {

    private final SiteTemplateEngine engine;
    private final JBakeConfiguration config;
    /**
     * One page buffer per thread, used again for its next page: a new 32 KB buffer for each of
     * 11,000 pages was 5 % of a 10,000-entry build's allocations.
     */
    private final ThreadLocal<Utf8Page> pages = ThreadLocal.withInitial(() -> new Utf8Page(32 * 1024));

    public PageWriter(ContentStore db, JBakeConfiguration config) {
        this.engine = new SiteTemplateEngine(db, config);
        this.config = config;
    }

    public void write(DocumentModel doc) throws Exception {
        TemplateModel model = new TemplateModel();
        model.setContent(doc);
        model.setRenderer(engine);
        Utf8Page page = pages.get();
        page.clear();
        engine.renderDocument(model, config.getTemplateFileByDocType(doc.getType()).getName(), page);
        Path file = file(doc);
        Files.createDirectories(file.getParent());
        page.writeTo(file);
    }

    /** Where JBake's renderer puts a document: its address without an extension, plus the type's. */
    Path file(DocumentModel doc) {
        String name = config.getDestinationFolder().getPath() + File.separatorChar + doc.getUri();
        if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) name = name.substring(0, name.lastIndexOf('.'));
        if ("draft".equals(doc.getStatus())) name = name + config.getDraftSuffix();
        return Path.of(name + config.getOutputExtensionByDocType(doc.getType()));
    }
}
