package no.bergen.fellesomradet.publish;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jbake.app.Asset;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.parser.Engines;

import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.render.CommonmarkEngine;
import no.bergen.fellesomradet.render.EntryCrawler;
import no.bergen.fellesomradet.render.GeneratedPages;
import no.bergen.fellesomradet.render.InMemoryContentStore;
import no.bergen.fellesomradet.render.PageModels;
import no.bergen.fellesomradet.render.SiteTemplateEngine;

/**
 * JBake's {@link Utensils} as this site uses them (docs/adr/0002): commonmark as the {@code .md}
 * engine, an in-memory content store, a crawler that reads the validated entries and adds the
 * generated pages, and JBake's renderer with our FreeMarker engine. The build and the JMH page
 * benchmark take them from here, so both bake the same way.
 */
public final class SiteUtensils {

    static {
        Engines.register("md", CommonmarkEngine.withoutEntries());
    }

    private SiteUtensils() { }

    public static Utensils create(Project project, Site site, PageModels models, Path out) {
        DefaultJBakeConfiguration config = project.jbakeConfiguration(out);
        Map<File, Entry> byFile = new HashMap<>();
        for (Entry e : site.entries()) {
            byFile.put(project.contentDir().resolve(e.source()).toFile().getAbsoluteFile(), e);
        }
        InMemoryContentStore store = new InMemoryContentStore();
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        CommonmarkEngine engine = new CommonmarkEngine(byFile, models);
        utensils.setCrawler(new EntryCrawler(store, config, engine, byFile.keySet().stream().sorted().toList(),
                new GeneratedPages(models).all()));
        utensils.setRenderer(new Renderer(store, config, new SiteTemplateEngine(store, config)));
        utensils.setAsset(new Asset(config));
        return utensils;
    }
}
