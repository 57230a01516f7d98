package no.bergen.fellesomradet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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

import no.bergen.fellesomradet.index.SearchDocuments;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.export.BrowserIndexExporter;
import no.bergen.fellesomradet.search.index.IndexBuilder;
import no.bergen.fellesomradet.search.index.IndexDocument;

/**
 * The search index of every entry: the Lucene index (IndexBuilder into memory), and the static
 * browser index exported from it into a temporary folder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class SearchIndexBench {

    @Param("content")
    public String content;

    private IndexBuilder builder;
    private List<IndexDocument> docs;
    private BrowserIndexExporter exporter;
    private Directory built;
    private DirectoryReader reader;
    private Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Fixture.Loaded loaded = Fixture.load(Fixture.contentDir(content));
        Project project = loaded.project();
        NorwegianAnalysis analysis = project.analysis();
        docs = new SearchDocuments(loaded.markdown()).of(loaded.site());
        builder = new IndexBuilder(analysis);
        exporter = new BrowserIndexExporter(analysis, project.synonyms(analysis), project.concernRule(analysis));

        built = new ByteBuffersDirectory();
        builder.write(docs, built);
        reader = DirectoryReader.open(built);
        out = Files.createTempDirectory("jmh-export-");
    }

    /** IndexBuilder.write of all entries into a fresh in-memory directory (includes forceMerge(1)). */
    @Benchmark
    public Directory buildLuceneIndex() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        builder.write(docs, dir);
        return dir;
    }

    /** BrowserIndexExporter.export of the whole index; every run rewrites the same files. */
    @Benchmark
    public BrowserIndexExporter.Result exportBrowserIndex() throws IOException {
        return exporter.export(reader, out);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
        built.close();
        Fixture.deleteTree(out);
    }
}
