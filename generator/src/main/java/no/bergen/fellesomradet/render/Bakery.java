package no.bergen.fellesomradet.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jbake.app.Utensils;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Bakes a site from JBake's {@link Utensils} the way {@code Oven.bake()} does — crawl, render with
 * each rendering tool, copy assets — minus the two things that make Oven quadratic and slow at
 * scale: starting OrientDB (its {@code ContentStore.updateSchema()} is final and needs the
 * database) and the ServiceLoader's {@code DocumentsRenderer}, which queries every document per
 * page. The rendering tools are injected instead. See docs/adr/0002-jbake-integration.md.
 */
public final class Bakery {

    private final Utensils utensils;
    private final List<RenderingTool> tools;

    public Bakery(Utensils utensils, List<RenderingTool> tools) {
        this.utensils = utensils;
        this.tools = List.copyOf(tools);
    }

    /** @return pages written */
    public int bake() throws RenderingException {
        utensils.getCrawler().crawl();
        int pages = 0;
        List<String> errors = new ArrayList<>();
        for (RenderingTool tool : tools) {
            try {
                pages += tool.render(utensils.getRenderer(), utensils.getContentStore(), utensils.getConfiguration());
            } catch (TemplateError e) {
                throw e; // one sentence about the template says more than a failure per page
            } catch (RenderingException e) {
                errors.add(e.getMessage());
            }
        }
        utensils.getAsset().copy();
        List<Throwable> assetErrors = utensils.getAsset().getErrors();
        assetErrors.forEach(t -> errors.add(t.getMessage()));
        if (errors.isEmpty()) return pages;
        RenderingException failure = new RenderingException(String.join("\n", errors));
        // A file problem (a full disk, no permission) is the user's to mend and is told as such.
        assetErrors.stream().filter(IOException.class::isInstance).findFirst().ifPresent(failure::initCause);
        throw failure;
    }
}
