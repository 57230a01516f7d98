package no.bergen.fellesomradet.render;

import java.io.File;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders every document in the store once, with the site's FreeMarker engine and the template
 * JBake's configuration names for its type, to the file JBake's {@link Renderer} would write.
 * Linear, unlike JBake's DocumentsRenderer (no previous/next scans), and split over the machine's
 * cores: templates and the engine hold no per-page state.
 *
 * <p>A page is rendered in memory and written with one system call into a new file. JBake's
 * {@code Renderer.render} checks for two earlier versions, creates the file empty, opens it again
 * and writes through an unbuffered encoder in pieces: about four times the file system calls, and
 * on this project's machine creating and writing files is most of a large build's page stage
 * (docs/PERFORMANCE.md). The build always renders into a new folder, so there is nothing earlier
 * to delete; serve's incremental pages still go through JBake's renderer.
 */
public final class DocumentPagesTool implements RenderingTool {

    private final int threads;

    public DocumentPagesTool(int threads) {
        this.threads = Math.max(1, threads);
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<DocumentModel> docs = ((InMemoryContentStore) db).allDocuments();
        // JBake's Renderer does not expose its engine; this one is the only one that renders pages.
        Pages pages = new Pages(new SiteTemplateEngine(db, config), config);
        if (threads == 1 || docs.size() < 64) {
            for (DocumentModel d : docs) renderOne(pages, d);
            return docs.size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = (docs.size() + threads - 1) / threads;
            // When one page fails the others stop, and every thread has stopped writing before the
            // failure is reported: the build then deletes its work folder, which must stay still.
            AtomicBoolean failed = new AtomicBoolean();
            for (int i = 0; i < docs.size(); i += chunk) {
                List<DocumentModel> part = docs.subList(i, Math.min(docs.size(), i + chunk));
                futures.add(pool.submit(() -> {
                    for (DocumentModel d : part) {
                        if (failed.get()) return null;
                        try {
                            renderOne(pages, d);
                        } catch (RenderingException | RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            ExecutionException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RenderingException r ? r : new RenderingException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingException(e);
        } finally {
            pool.shutdownNow();
        }
        return docs.size();
    }

    static void renderOne(Pages pages, DocumentModel doc) throws RenderingException {
        try {
            pages.write(doc);
        } catch (Exception e) {
            Optional<TemplateError> template = TemplateError.of(e);
            if (template.isPresent()) throw template.get();
            throw new RenderingException("Kunne ikke lage siden " + doc.getUri() + ": " + rootMessage(e));
        }
    }

    /** Where and with which template a document is written, as JBake's {@link Renderer} decides it. */
    record Pages(DelegatingTemplateEngine engine, JBakeConfiguration config) {

        void write(DocumentModel doc) throws Exception {
            TemplateModel model = new TemplateModel();
            model.setContent(doc);
            model.setRenderer(engine);
            StringWriter page = new StringWriter(32 * 1024);
            engine.renderDocument(model, config.getTemplateFileByDocType(doc.getType()).getName(), page);
            Path file = file(doc);
            Files.createDirectories(file.getParent());
            Files.write(file, page.toString().getBytes(config.getRenderEncoding()));
        }

        Path file(DocumentModel doc) {
            String name = config.getDestinationFolder().getPath() + File.separatorChar + doc.getUri();
            if (name.lastIndexOf('.') > name.lastIndexOf(File.separatorChar)) name = name.substring(0, name.lastIndexOf('.'));
            if ("draft".equals(doc.getStatus())) name = name + config.getDraftSuffix();
            return Path.of(name + config.getOutputExtensionByDocType(doc.getType()));
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage();
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }
}
