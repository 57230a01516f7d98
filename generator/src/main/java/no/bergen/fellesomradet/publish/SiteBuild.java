package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.jbake.app.Utensils;
import org.jbake.template.RenderingException;

import no.bergen.fellesomradet.editor.EditorFiles;
import no.bergen.fellesomradet.export.HsdsExport;
import no.bergen.fellesomradet.export.SiteExport;
import no.bergen.fellesomradet.index.SearchDocuments;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.render.Bakery;
import no.bergen.fellesomradet.render.DeferredViews;
import no.bergen.fellesomradet.render.DocumentPagesTool;
import no.bergen.fellesomradet.render.EntryPages;
import no.bergen.fellesomradet.render.PageModels;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.export.BrowserIndexExporter;
import no.bergen.fellesomradet.search.index.IndexBuilder;

/**
 * Renders a validated site into a folder through JBake, and writes the search index. The caller
 * decides where (a temporary folder that is swapped in afterwards, see {@link AtomicDirectory}).
 */
public final class SiteBuild {

    /** What was produced. */
    public record Output(int entries, int pages) { }

    private final Project project;
    private final Markdown markdown;
    private final Progress progress;
    /** Open data, written beside the pages. */
    private final List<SiteExport> exports;

    public SiteBuild(Project project, Markdown markdown, Progress progress) {
        this.project = project;
        this.markdown = markdown;
        this.progress = progress;
        this.exports = List.of(new HsdsExport(markdown));
    }

    public Output render(Site site, EditorialStatus status, Path out, Path luceneDir) throws IOException, RenderingException {
        // The search index, and the open data with the form editor's files, need the site, not the
        // pages, so each is made on a thread of its own while the pages are: a build is bound to
        // the machine's cores, and three branches leave less of its end to one of them.
        SiteBuild searchBranch = new SiteBuild(project, markdown, progress.alongside());
        SiteBuild dataBranch = new SiteBuild(project, markdown, progress.alongside());
        ExecutorService branches = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "ved siden av sidene");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> search = branches.submit(() -> {
                searchBranch.index(site, luceneDir, out.resolve("sok").resolve("indeks"));
                return null;
            });
            Future<?> data = branches.submit(() -> {
                dataBranch.export(site, status, out);
                new EditorFiles(project.sourceDir()).write(site, out);
                dataBranch.progress.done("redigeringsskjemaet (/admin/)");
                return null;
            });
            LayoutFile layouts = LayoutFile.in(project.luceneDir().getParent());
            PageModels models = new PageModels(site, markdown, status, layouts);
            Utensils utensils = SiteUtensils.create(project, site, models, out);
            progress.done("forberede sidene");
            DocumentPagesTool pageTool = new DocumentPagesTool(Runtime.getRuntime().availableProcessors(),
                    new EntryPages(models).andThen(new DeferredViews()));
            int pages = new Bakery(utensils, List.of(pageTool)).bake();
            copyContentFiles(out);
            progress.done("lage " + pages + " sider med JBake");
            await(search);
            await(data);
            progress.done("vente på søkeindeksen og åpne data");
            layouts.save();
            return new Output(site.entries().size(), pages);
        } finally {
            // After a failure the caller deletes the folder: the other branches must have stopped writing to it.
            branches.shutdownNow();
            awaitStop(branches);
        }
    }

    private static void awaitStop(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** Waits for work on another thread, and throws what it threw. */
    private static void await(Future<?> work) throws IOException {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("avbrutt");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** The open data (the HSDS export), from the same site as the pages. */
    public void export(Site site, EditorialStatus status, Path out) throws IOException {
        for (SiteExport export : exports) export.write(site, status, out);
        progress.done("åpne data (HSDS)");
    }

    /** The Lucene index, and the browser's index exported from it. */
    public void index(Site site, Path luceneDir, Path browserDir) throws IOException {
        NorwegianAnalysis analysis = project.analysis();
        Files.createDirectories(luceneDir);
        // Built in memory and written out plainly: the index is rebuilt on every build, so Lucene's
        // fsync on commit (seconds on a slow disk) buys nothing; the folder is swapped in atomically.
        try (ByteBuffersDirectory memory = new ByteBuffersDirectory()) {
            new IndexBuilder(analysis).write(new SearchDocuments(markdown).of(site), memory);
            for (String name : memory.listAll()) {
                try (IndexInput in = memory.openInput(name, IOContext.READONCE)) {
                    byte[] bytes = new byte[(int) in.length()];
                    in.readBytes(bytes, 0, bytes.length);
                    Files.write(luceneDir.resolve(name), bytes);
                }
            }
            progress.done("Lucene-indeks");
            try (DirectoryReader reader = DirectoryReader.open(memory)) {
                new BrowserIndexExporter(analysis, project.synonyms(analysis), project.concernRule(analysis)).export(reader, browserDir);
            }
        }
        progress.done("søkeindeks for nettleseren");
    }

    /** Images and other files under content/bilder/ are published at filer/bilder/. */
    private void copyContentFiles(Path out) throws IOException {
        Path images = project.contentDir().resolve("bilder");
        if (!Files.isDirectory(images)) return;
        try (var files = Files.walk(images)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !Files.isSymbolicLink(p)).sorted().toList()) {
                Path dest = out.resolve("filer").resolve(project.contentDir().relativize(p).toString());
                Files.createDirectories(dest.getParent());
                Files.copy(p, dest);
            }
        }
    }
}
