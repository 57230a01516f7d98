package no.bergen.fellesomradet.validate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import no.bergen.fellesomradet.content.CatalogReader;
import no.bergen.fellesomradet.content.CommittedIds;
import no.bergen.fellesomradet.content.ContentReader;
import no.bergen.fellesomradet.content.FrontMatter;
import no.bergen.fellesomradet.content.LosReader;
import no.bergen.fellesomradet.content.SourceFile;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.LosVocabulary;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.model.SiteSettings;

/**
 * Runs the front of the pipeline: read files, parse front matter, build entries, check the site
 * as a whole. The result is either a {@link Site} or the findings that prevent one.
 */
public final class ContentLoader {

    /** The outcome of loading: the site when there were no errors, and all findings either way. */
    public record Result(Optional<Site> site, Findings findings, int files) { }

    private final Path contentDir;
    private final Path displayBase;
    private final LocalDate today;
    private final Markdown markdown;
    private final String idBase;

    /** Ids are compared with the last commit (HEAD). */
    public ContentLoader(Path contentDir, Path displayBase, LocalDate today, Markdown markdown) {
        this(contentDir, displayBase, today, markdown, "HEAD");
    }

    /** @param idBase the git commit whose ids an entry must keep (a pull request's base branch, in CI) */
    public ContentLoader(Path contentDir, Path displayBase, LocalDate today, Markdown markdown, String idBase) {
        this.contentDir = contentDir;
        this.displayBase = displayBase;
        this.today = today;
        this.markdown = markdown;
        this.idBase = idBase;
    }

    private record Parsed(Optional<Entry> entry, Findings findings) { }

    /** Text left from {@code ./fellesomrade new} that was never filled in. */
    static final String GAP = "[[fyll inn";

    private static void refuseScaffoldGaps(SourceFile file, Findings findings) {
        if (!file.text().contains(GAP)) return;
        int line = 1;
        for (String l : file.text().split("\n", -1)) {
            if (l.contains(GAP)) {
                findings.error(file.path(), line, "Fyll inn det som står i [[fyll inn: …]] og fjern klammene.");
            }
            line++;
        }
    }

    public Result load(SiteSettings settings) throws IOException {
        Findings findings = new Findings();
        ContentReader reader = new ContentReader(contentDir, displayBase);
        // Two things that do not need the files are started first, each on a thread of its own: the
        // ids in git (a git process, needed last) and the LOS vocabulary (half a megabyte of XML,
        // needed when the entries are parsed).
        FutureTask<Map<String, String>> committed = new FutureTask<>(() -> CommittedIds.read(reader.contentDir(), idBase));
        FutureTask<LosVocabulary> los = new FutureTask<>(LosReader::bundled);
        startBeside(committed, "git grep id");
        startBeside(los, "LOS");
        Catalog catalog = new CatalogReader(reader).read(findings);
        List<SourceFile> files = reader.readAll(findings);

        Set<String> slugs = new HashSet<>();
        Map<String, SourceFile> byLowerCase = new HashMap<>();
        for (SourceFile f : files) {
            slugs.add(f.slug());
            SourceFile clash = byLowerCase.putIfAbsent(f.slug().toLowerCase(Locale.ROOT), f);
            if (clash != null) {
                findings.error(f.path(), 1, "Slugen «" + f.slug() + "» er allerede brukt av content/" + clash.relPath()
                        + ". Hver oppføring må ha et eget filnavn (store og små bokstaver regnes som like).");
            }
        }
        EntryParser parser = new EntryParser(catalog, slugs, result(los));
        // Files are independent: parse them on all cores, then merge the findings in file order.
        List<Parsed> parsed = files.parallelStream().map(file -> {
            Findings own = new Findings();
            refuseScaffoldGaps(file, own);
            Optional<Entry> entry = FrontMatter.parse(file, own).flatMap(p -> parser.parse(p, own));
            return new Parsed(entry, own);
        }).toList();
        List<Entry> entries = new ArrayList<>();
        for (Parsed p : parsed) {
            findings.addAll(p.findings());
            p.entry().ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(Entry::slug));
        Function<Entry, Path> display = e -> reader.display(reader.contentDir().resolve(e.source()));
        new SiteValidator(catalog, markdown, reader.contentDir(), today).validate(entries, slugs, display, findings);
        new IdentityCheck(result(committed)).check(entries, display, findings);
        Optional<Site> site = findings.hasErrors() ? Optional.empty() : Optional.of(new Site(entries, catalog, settings));
        return new Result(site, findings, files.size());
    }

    private static void startBeside(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static <T> T result(FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("avbrutt");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
