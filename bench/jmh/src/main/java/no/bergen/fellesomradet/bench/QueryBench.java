package no.bergen.fellesomradet.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import no.bergen.fellesomradet.search.index.IndexBuilder;
import no.bergen.fellesomradet.search.index.LuceneTermSource;
import no.bergen.fellesomradet.search.query.Hit;
import no.bergen.fellesomradet.search.query.QueryPlan;
import no.bergen.fellesomradet.search.query.Ranker;
import no.bergen.fellesomradet.search.query.Searcher;
import no.bergen.fellesomradet.search.query.SynonymRules;

/**
 * A two-word query over the index of every entry (in memory): the whole Searcher.search (plan,
 * rank, concern rule, stored fields of the top 10), and QueryPlan.of + Ranker.rank alone.
 * "psykisk helse" is an ordinary query; "bekymret barn" also triggers the concern rule.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class QueryBench {

    @Param("content")
    public String content;

    @Param({"psykisk helse", "bekymret barn"})
    public String query;

    private NorwegianAnalysis analysis;
    private SynonymRules synonyms;
    private ByteBuffersDirectory directory;
    private Searcher searcher;
    private DirectoryReader reader;
    private LuceneTermSource terms;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Fixture.Loaded loaded = Fixture.load(Fixture.contentDir(content));
        Project project = loaded.project();
        analysis = project.analysis();
        synonyms = project.synonyms(analysis);
        directory = new ByteBuffersDirectory();
        new IndexBuilder(analysis).write(new SearchDocuments(loaded.markdown()).of(loaded.site()), directory);
        searcher = new Searcher(directory, analysis, synonyms, project.concernRule(analysis));
        reader = DirectoryReader.open(directory);
        terms = new LuceneTermSource(reader);
        if (search().isEmpty()) throw new IllegalStateException("No hits for «" + query + "»");
    }

    @Benchmark
    public List<Hit> search() throws IOException {
        return searcher.search(query, 10);
    }

    @Benchmark
    public List<Ranker.Scored> planAndRank() throws IOException {
        return Ranker.rank(QueryPlan.of(query, analysis, synonyms), terms);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
        searcher.close(); // closes the directory too
    }
}
