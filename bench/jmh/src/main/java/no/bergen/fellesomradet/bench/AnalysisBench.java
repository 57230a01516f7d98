package no.bergen.fellesomradet.bench;

import java.util.List;
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

import no.bergen.fellesomradet.index.SearchDocuments;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/**
 * Norwegian analysis of one entry's body text (as indexed: the plain text SearchDocuments makes of
 * the Markdown): the normaliser (words, lowercase, nynorsk→bokmål, stem) and the compound-parts
 * analyzer.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class AnalysisBench {

    @Param("content")
    public String content;

    @Param(Fixture.DEFAULT_ENTRY)
    public String entry;

    private NorwegianAnalysis analysis;
    private String body;

    @Setup(Level.Trial)
    public void setUp() {
        Fixture.Loaded loaded = Fixture.load(Fixture.contentDir(content));
        Entry picked = Fixture.pick(loaded.site(), entry);
        body = new SearchDocuments(loaded.markdown()).of(picked, loaded.site().catalog()).body();
        analysis = loaded.project().analysis();
        if (normalise().isEmpty() || compoundParts().isEmpty()) throw new IllegalStateException("No terms from " + picked.slug());
    }

    @Benchmark
    public List<String> normalise() {
        return NorwegianAnalysis.terms(analysis.normaliser(), body);
    }

    @Benchmark
    public List<String> compoundParts() {
        return NorwegianAnalysis.terms(analysis.partsAnalyzer(), body);
    }
}
