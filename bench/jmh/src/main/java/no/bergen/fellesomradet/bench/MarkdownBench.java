package no.bergen.fellesomradet.bench;

import java.util.Map;
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

import no.bergen.fellesomradet.markdown.LinkResolver;
import no.bergen.fellesomradet.markdown.LinkTarget;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;

/** Markdown → HTML of one entry's body, with links resolved as on an entry page. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class MarkdownBench {

    @Param("content")
    public String content;

    @Param(Fixture.DEFAULT_ENTRY)
    public String entry;

    private Markdown markdown;
    private Entry picked;
    private LinkResolver resolver;

    @Setup(Level.Trial)
    public void setUp() {
        Fixture.Loaded loaded = Fixture.load(Fixture.contentDir(content));
        markdown = loaded.markdown();
        picked = Fixture.pick(loaded.site(), entry);
        resolver = resolver(loaded.site(), "../../");
    }

    @Benchmark
    public String renderBody() {
        return markdown.render(picked.body(), picked.type().folder(), resolver);
    }

    /**
     * The same resolution as render.PageModels (package-private there) for a page two levels down:
     * entries by slug, laws to Lovdata, BkKvalitet ids, external links, fragments, files.
     */
    static LinkResolver resolver(Site site, String root) {
        Map<String, Entry> bySlug = site.bySlug();
        String lovdata = site.settings().lovdataBaseUrl();
        String bkk = site.settings().bkkvalitetBaseUrl();
        return target -> {
            if (target instanceof LinkTarget.Entry e) {
                Entry to = bySlug.get(e.slug());
                if (to == null) return null;
                return root + to.path() + (e.fragment().isEmpty() ? "" : "#" + e.fragment());
            }
            if (target instanceof LinkTarget.Law law) {
                Catalog.Law l = site.catalog().laws().get(law.law());
                return l == null ? null : lovdata + l.lovdataId() + "/%C2%A7" + law.section().replace(" ", "");
            }
            if (target instanceof LinkTarget.Bkk b) return bkk + b.id();
            if (target instanceof LinkTarget.External ext) return ext.url();
            if (target instanceof LinkTarget.Fragment f) return "#" + f.fragment();
            if (target instanceof LinkTarget.Asset a) return root + "filer/" + a.path();
            return null;
        };
    }
}
