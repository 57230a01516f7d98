package no.bergen.fellesomradet.render;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every document in the store once, with a {@link PageWriter}. Linear, unlike JBake's
 * DocumentsRenderer (no previous/next scans), and split over the machine's cores: templates and
 * the engine hold no per-page state. JBake's {@link Renderer}, which the tool interface hands in,
 * is not used for pages (see {@link PageWriter}).
 */
public final class DocumentPagesTool implements RenderingTool {

    private final int threads;
    private final PageContent content;

    /** Renders each stored document with what {@code content} adds to it for its page. */
    public DocumentPagesTool(int threads, PageContent content) {
        this.threads = Math.max(1, threads);
        this.content = content;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        List<DocumentModel> docs = ((InMemoryContentStore) db).allDocuments();
        PageWriter pages = new PageWriter(db, config);
        if (threads == 1 || docs.size() < 64) {
            for (DocumentModel d : docs) renderOne(pages, content, d);
            return docs.size();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            // Each thread takes the next page when it is done with one, from the end of the store:
            // the generated pages come last there, and the lists of every entry among them are the
            // slowest pages. Taken first, they no longer leave one thread writing them while the
            // others wait (halves of the list, as before, ended with one core idle for 0.5 s at
            // 10,000 entries).
            AtomicInteger next = new AtomicInteger(docs.size());
            // When one page fails the others stop, and every thread has stopped writing before the
            // failure is reported: the build then deletes its work folder, which must stay still.
            AtomicBoolean failed = new AtomicBoolean();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.decrementAndGet(); i >= 0; i = next.decrementAndGet()) {
                        if (failed.get()) return null;
                        try {
                            renderOne(pages, content, docs.get(i));
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

    static void renderOne(PageWriter pages, PageContent content, DocumentModel doc) throws RenderingException {
        DocumentModel page = content.forPage(doc);
        try {
            pages.write(page);
        } catch (Exception e) {
            Optional<TemplateError> template = TemplateError.of(e);
            if (template.isPresent()) throw template.get();
            throw new RenderingException("Kunne ikke lage siden " + doc.getUri() + ": " + rootMessage(e));
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
