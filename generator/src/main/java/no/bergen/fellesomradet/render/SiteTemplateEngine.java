package no.bergen.fellesomradet.render;

import java.io.Writer;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for this site: FreeMarker only, with the configuration map built once.
 * JBake's {@link DelegatingTemplateEngine} copies the whole configuration into every page's model
 * and looks for templates of other engines on disk per page; injected into JBake's Renderer in its
 * place, this does the same rendering without that per-page work.
 */
public final class SiteTemplateEngine extends DelegatingTemplateEngine {

    static {
        // FreeMarker logs a failing template through java.util.logging on its own, before JBake
        // rethrows it; through SLF4J it follows cli.LibraryLogging, and the tool reports it once (TemplateError).
        if (System.getProperty("org.freemarker.loggerLibrary") == null) System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    private final FreemarkerTemplateEngine freemarker;
    private final Map<String, Object> configMap;
    private final String version;

    public SiteTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.freemarker = new FreemarkerTemplateEngine(config, db);
        this.configMap = Map.copyOf(config.asHashMap());
        this.version = config.getVersion();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        model.setVersion(version);
        model.setConfig(configMap);
        freemarker.renderDocument(model, templateName, writer);
    }
}
