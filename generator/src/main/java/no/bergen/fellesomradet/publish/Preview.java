package no.bergen.fellesomradet.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import no.bergen.fellesomradet.content.ContentReader;
import no.bergen.fellesomradet.content.FrontMatter;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.render.CommonmarkEngine;
import no.bergen.fellesomradet.render.DeferredViews;
import no.bergen.fellesomradet.render.EntryPages;
import no.bergen.fellesomradet.render.GeneratedPages;
import no.bergen.fellesomradet.render.InMemoryContentStore;
import no.bergen.fellesomradet.render.PageModels;
import no.bergen.fellesomradet.render.SiteTemplateEngine;
import no.bergen.fellesomradet.validate.EntryParser;
import no.bergen.fellesomradet.validate.Findings;
import no.bergen.fellesomradet.validate.SiteValidator;

/**
 * The preview behind {@code serve}: one full build, then, when a single entry changes, only that
 * entry's page and the pages that link to it are rendered again, in place, at once; the list pages
 * ({@link #refreshLists()}) and the search ({@link #refreshSearch()}) follow in the background.
 * Anything larger (a new, removed or renamed entry, a changed data file or template) falls back to
 * a full build.
 */
public final class Preview {

    /** What an update did: the pages written, or the findings that stopped it. */
    public record Update(Findings findings, int pages, boolean full) { }

    private final Project project;
    private final Path out;
    private final Builder builder;
    private final Markdown markdown = new Markdown();
    private Site site;
    private EditorialStatus status;

    public Preview(Path contentDir, Path out) {
        this(new Project(contentDir), out);
    }

    public Preview(Project project, Path out) {
        this.project = project;
        this.out = out;
        this.builder = new Builder(project, Path.of(""), Progress.QUIET);
    }

    public synchronized Update full(LocalDate today) throws IOException, RenderingException {
        Builder.Result r = builder.build(out, today);
        if (r.output().isPresent()) {
            site = r.site();
            status = r.status();
            return new Update(r.findings(), r.output().get().pages(), true);
        }
        return new Update(r.findings(), 0, true);
    }

    /** A file under content/ changed. */
    public synchronized Update changed(Path file, LocalDate today) throws IOException, RenderingException {
        Path content = project.contentDir();
        Path abs = file.toAbsolutePath().normalize();
        if (site == null || !abs.startsWith(content) || !abs.toString().endsWith(".md") || !abs.toFile().isFile()) {
            return full(today);
        }
        String rel = content.relativize(abs).toString().replace('\\', '/');
        Optional<Entry> old = site.entries().stream().filter(e -> e.source().toString().replace('\\', '/').equals(rel)).findFirst();
        if (old.isEmpty()) return full(today);

        Findings findings = new Findings();
        ContentReader reader = new ContentReader(content, Path.of(""));
        Set<String> slugs = new HashSet<>(site.bySlug().keySet());
        Optional<Entry> parsed = reader.read(abs, rel, findings).flatMap(f -> FrontMatter.parse(f, findings))
                .flatMap(p -> new EntryParser(site.catalog(), slugs).parse(p, findings));
        if (parsed.isEmpty()) return new Update(findings, 0, false);
        Entry entry = parsed.get();
        if (!entry.formerSlugs().equals(old.get().formerSlugs())) return full(today);
        new SiteValidator(site.catalog(), markdown, content, today)
                .validate(List.of(entry), slugs, e -> reader.display(content.resolve(e.source())), findings);
        if (findings.hasErrors()) return new Update(findings, 0, false);

        List<Entry> entries = new ArrayList<>(site.entries());
        entries.set(entries.indexOf(old.get()), entry);
        Site updated = new Site(entries, site.catalog(), site.settings());
        Map<String, List<String>> warnings = new HashMap<>(status.warnings());
        List<String> own = findings.sorted().stream().filter(f -> !f.isError()).map(f -> f.message()).toList();
        if (own.isEmpty()) warnings.remove(entry.slug()); else warnings.put(entry.slug(), own);
        Map<String, LocalDate> changedDates = new HashMap<>(status.changed());
        changedDates.put(entry.slug(), today.isAfter(entry.lastChecked()) ? today : entry.lastChecked());
        EditorialStatus updatedStatus = new EditorialStatus(warnings, changedDates, status.asOf());

        site = updated;
        status = updatedStatus;
        try (BuildLock lock = BuildLock.acquire(out)) {
            return new Update(findings, renderEntries(entry, old.get()), false);
        }
    }

    /**
     * The generated pages (lists, search page, map, status, feed) after an entry changed. On a large
     * site each of them holds every entry, so serve renders them after the entry's own page is shown.
     */
    public synchronized int refreshLists() throws IOException, RenderingException {
        if (site == null) return 0;
        PageModels models = new PageModels(site, markdown, status);
        try (BuildLock lock = BuildLock.acquire(out)) {
            DeferredViews views = new DeferredViews();
            int pages = render(new GeneratedPages(models).all().stream().filter(d -> !"omdirigering".equals(d.getType()))
                    .map(views::forPage).toList());
            // The open data holds every service too, so it follows with the lists.
            new SiteBuild(project, markdown, Progress.QUIET).export(site, status, out);
            return pages;
        }
    }

    /**
     * Brings the search up to date with the pages (both indexes, swapped in whole). Slower than a
     * page update, so serve runs it in the background after the changed page is already visible.
     */
    public synchronized void refreshSearch() throws IOException {
        if (site == null) return;
        AtomicDirectory lucene = new AtomicDirectory(project.luceneDir());
        AtomicDirectory browser = new AtomicDirectory(out.resolve("sok").resolve("indeks"));
        try (BuildLock site = BuildLock.acquire(out); BuildLock index = BuildLock.acquire(project.luceneDir())) {
            swapIndexes(lucene, browser);
        }
    }

    private void swapIndexes(AtomicDirectory lucene, AtomicDirectory browser) throws IOException {
        Path luceneTmp = lucene.begin();
        Path browserTmp = browser.begin();
        try {
            new SiteBuild(project, markdown, Progress.QUIET).index(site, luceneTmp, browserTmp);
            lucene.commit(luceneTmp);
            browser.commit(browserTmp);
        } catch (IOException | RuntimeException e) {
            lucene.abort(luceneTmp);
            browser.abort(browserTmp);
            throw e;
        }
    }

    /** The entry, the entries it names or named, and the entries that name it. */
    private int renderEntries(Entry entry, Entry old) throws IOException, RenderingException {
        Site updated = site;
        PageModels models = new PageModels(updated, markdown, status);
        Map<File, Entry> byFile = new HashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        touched.add(entry.slug());
        touched.addAll(entry.referencedSlugs());
        touched.addAll(old.referencedSlugs());
        for (Entry e : updated.entries()) {
            if (e.referencedSlugs().contains(entry.slug())) touched.add(e.slug());
        }
        Map<String, Entry> bySlug = updated.bySlug();
        for (String slug : touched) {
            Entry e = bySlug.get(slug);
            if (e != null) byFile.put(project.contentDir().resolve(e.source()).toFile().getAbsoluteFile(), e);
        }
        CommonmarkEngine engine = new CommonmarkEngine(byFile, models);
        EntryPages pages = new EntryPages(models);
        List<DocumentModel> docs = new ArrayList<>();
        for (Entry e : byFile.values()) docs.add(pages.forPage(engine.document(e)));
        return render(docs);
    }

    private int render(List<DocumentModel> docs) throws IOException, RenderingException {
        DefaultJBakeConfiguration config = project.jbakeConfiguration(out);
        InMemoryContentStore store = new InMemoryContentStore();
        docs.forEach(store::addDocument);
        Renderer renderer = new Renderer(store, config, new SiteTemplateEngine(store, config));
        for (DocumentModel d : docs) {
            try {
                renderer.render(d);
            } catch (Exception e) {
                throw new RenderingException("Kunne ikke lage siden " + d.getUri() + ": " + e.getMessage());
            }
        }
        return docs.size();
    }
}
