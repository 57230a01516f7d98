package no.bergen.fellesomradet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jbake.app.ContentStore;
import org.jbake.app.Utensils;
import org.jbake.model.DocumentModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.publish.SiteUtensils;
import no.bergen.fellesomradet.render.PageModels;
import no.bergen.fellesomradet.render.EntryPages;
import no.bergen.fellesomradet.render.PageWriter;

/**
 * One entry page through the build's {@link PageWriter} (FreeMarker, the template JBake names), written into a
 * temporary folder. JBake's {@link Utensils} come from publish.SiteUtensils, as in the build, and
 * the store is crawled and the page's body and view made once in set-up, so this measures the template.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class PageRenderBench {

    @Param("content")
    public String content;

    @Param(Fixture.DEFAULT_ENTRY)
    public String entry;

    private Path out;
    private PageWriter pages;
    private DocumentModel doc;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Fixture.Loaded loaded = Fixture.load(Fixture.contentDir(content));
        Project project = loaded.project();
        Site site = loaded.site();
        out = Files.createTempDirectory("jmh-page-");

        PageModels models = new PageModels(site, loaded.markdown(),
                new EditorialStatus(Map.of(), site.entries().stream()
                        .collect(java.util.stream.Collectors.toMap(Entry::slug, Entry::lastChecked)), LocalDate.of(2026, 11, 22)));
        Utensils utensils = SiteUtensils.create(project, site, models, out);
        utensils.getCrawler().crawl();
        ContentStore store = utensils.getContentStore();

        Entry picked = Fixture.pick(site, entry);
        DocumentModel stored = store.getDocumentByUri(picked.path() + "index.html").stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No document for " + picked.path()));
        doc = new EntryPages(models).forPage(stored);
        pages = new PageWriter(store, utensils.getConfiguration());
        renderEntryPage();
        Path page = out.resolve(picked.path()).resolve("index.html");
        if (!Files.isRegularFile(page) || Files.size(page) == 0) throw new IllegalStateException("Nothing written at " + page);
    }

    @Benchmark
    public void renderEntryPage() throws Exception {
        pages.write(doc);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Fixture.deleteTree(out);
    }
}
