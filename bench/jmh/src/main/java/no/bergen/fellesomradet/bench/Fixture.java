package no.bergen.fellesomradet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.Finding;

/**
 * Shared set-up for the benchmarks (never measured): finds the content folder, loads and validates
 * it the way {@code build} does, and picks the entry the single-entry benchmarks work on.
 *
 * <p>The content folder is the benchmark parameter {@code content}: {@code content} (the default,
 * the repository's real entries) or any other folder with the same layout, such as
 * {@code OUT/content} from {@code java bench/CorpusGenerator.java N OUT}. A relative path is looked
 * up from the working directory and then from each of its parents, so the jar can be run from the
 * repository root or from {@code bench/jmh}.
 */
final class Fixture {

    /** The real content's largest service; other corpora fall back to a middle-sized entry. */
    static final String DEFAULT_ENTRY = "barneverntjenesten";

    private Fixture() { }

    /** The content folder named by {@code param}, absolute. */
    static Path contentDir(String param) {
        Path p = Path.of(param);
        if (p.isAbsolute()) return requireContent(p);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(p);
            if (Files.isRegularFile(candidate.resolve("jbake.properties"))) return candidate.normalize();
        }
        return requireContent(p.toAbsolutePath());
    }

    private static Path requireContent(Path p) {
        if (!Files.isRegularFile(p.resolve("jbake.properties"))) {
            throw new IllegalStateException("No content folder (with jbake.properties) at " + p
                    + "; run from the repository root or pass -p content=/path/to/content");
        }
        return p.normalize();
    }

    /** What {@code build} has after its content stage. */
    record Loaded(Project project, Markdown markdown, Site site) { }

    /** Loads and validates like {@code build}; fails if the content has errors. */
    static Loaded load(Path contentDir) {
        Project project = new Project(contentDir);
        Markdown markdown = new Markdown();
        try {
            ContentLoader.Result result = new ContentLoader(project.contentDir(), Path.of(""), LocalDate.now(), markdown)
                    .load(project.settings());
            if (result.site().isEmpty()) {
                String first = result.findings().sorted().stream().filter(Finding::isError).findFirst()
                        .map(Finding::format).orElse("?");
                throw new IllegalStateException("The content in " + contentDir + " has "
                        + result.findings().errorCount() + " errors, e.g. " + first);
            }
            return new Loaded(project, markdown, result.site().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry with {@code slug}, or the middle one by body length when the corpus has no such entry. */
    static Entry pick(Site site, String slug) {
        return site.entry(slug).orElseGet(() -> {
            List<Entry> bySize = site.entries().stream()
                    .sorted(Comparator.comparingInt((Entry e) -> e.body().length()).thenComparing(Entry::slug)).toList();
            Entry e = bySize.get(bySize.size() / 2);
            System.err.println("[fixture] no entry «" + slug + "» in this corpus; using «" + e.slug() + "»");
            return e;
        });
    }

    /** Deletes a temporary folder the benchmark wrote into. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
