package no.bergen.fellesomradet.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import no.bergen.fellesomradet.content.CatalogReader;
import no.bergen.fellesomradet.content.ContentReader;
import no.bergen.fellesomradet.content.FrontMatter;
import no.bergen.fellesomradet.content.SourceFile;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.SiteSettings;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.EntryParser;
import no.bergen.fellesomradet.validate.Findings;

/**
 * The content stage: front matter of one entry (YAML with lines, then the schema checks that make
 * an {@link Entry}), and the whole stage for all entries as {@code check} and {@code build} run it.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContentBench {

    /** One entry file in memory, with the catalog and the set of slugs its checks need. */
    @State(Scope.Benchmark)
    public static class OneEntry {

        @Param("content")
        public String content;

        @Param(Fixture.DEFAULT_ENTRY)
        public String entry;

        SourceFile file;
        EntryParser parser;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path dir = Fixture.contentDir(content);
            Findings findings = new Findings();
            ContentReader reader = new ContentReader(dir, Path.of(""));
            Catalog catalog = new CatalogReader(reader).read(findings);
            List<SourceFile> files = reader.readAll(findings);
            Set<String> slugs = new HashSet<>();
            files.forEach(f -> slugs.add(f.slug()));
            Entry picked = Fixture.pick(Fixture.load(dir).site(), entry);
            file = files.stream().filter(f -> f.slug().equals(picked.slug())).findFirst().orElseThrow();
            parser = new EntryParser(catalog, slugs);
            if (parse(this).isEmpty()) throw new IllegalStateException("Entry " + file.relPath() + " does not parse");
        }
    }

    /** A loader for the whole content folder, as check and build make it. */
    @State(Scope.Benchmark)
    public static class AllEntries {

        @Param("content")
        public String content;

        ContentLoader loader;
        SiteSettings settings;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Project project = new Project(Fixture.contentDir(content));
            settings = project.settings();
            loader = new ContentLoader(project.contentDir(), Path.of(""), LocalDate.now(), new Markdown());
        }
    }

    /** FrontMatter.parse + EntryParser.parse of one entry file already in memory. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Optional<Entry> parseAndValidateEntry(OneEntry s) {
        return parse(s);
    }

    private static Optional<Entry> parse(OneEntry s) {
        Findings findings = new Findings();
        return FrontMatter.parse(s.file, findings).flatMap(p -> s.parser.parse(p, findings));
    }

    /** ContentLoader.load: read every file, parse, validate each entry and the site as a whole. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContentLoader.Result loadAllEntries(AllEntries s) throws IOException {
        return s.loader.load(s.settings);
    }
}
