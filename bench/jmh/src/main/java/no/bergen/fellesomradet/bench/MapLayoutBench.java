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
import org.openjdk.jmh.infra.Blackhole;

import no.bergen.fellesomradet.relations.ColumnLayout;
import no.bergen.fellesomradet.relations.CooperationGraph;
import no.bergen.fellesomradet.relations.MapView;
import no.bergen.fellesomradet.relations.MapViews;

/**
 * The samarbeidskart's layout search: every view of the content laid out anew on one thread, with
 * its crossings counted, as a build without remembered layouts does (it spreads the views over the
 * cores). With {@code -p content=OUT/content} on a generated corpus it measures the 1,000-entry
 * case of {@code bench/run}. Run under C1 as the launcher runs a build:
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class MapLayoutBench {

    @Param("content")
    public String content;

    private CooperationGraph graph;
    private List<MapView> views;

    @Setup(Level.Trial)
    public void load() {
        graph = new CooperationGraph(Fixture.load(Fixture.contentDir(content)).site());
        views = MapViews.of(graph);
    }

    @Benchmark
    public void allViews(Blackhole out) {
        ColumnLayout layout = new ColumnLayout(graph);
        for (MapView view : views) out.consume(layout.draw(view));
    }
}
