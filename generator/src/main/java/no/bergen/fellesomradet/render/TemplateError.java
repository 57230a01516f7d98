package no.bergen.fellesomradet.render;

import java.util.Optional;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import org.jbake.template.RenderingException;

/**
 * A page could not be rendered because a template is wrong (a syntax error, or an expression that
 * fails); the message names the template and its line in one Norwegian sentence.
 */
public final class TemplateError extends RenderingException {

    private TemplateError(String message) {
        super(message);
    }

    /** The template problem behind a rendering failure, if that is what it was. */
    static Optional<TemplateError> of(Throwable failure) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof ParseException p) {
                return Optional.of(at(p.getTemplateName(), p.getLineNumber(), p.getEditorMessage()));
            }
            if (c instanceof TemplateException t) {
                Integer line = t.getLineNumber();
                String blamed = t.getBlamedExpressionString();
                String problem = blamed != null ? "«" + blamed + "» mangler eller er tom" : t.getMessageWithoutStackTop();
                return Optional.of(at(t.getTemplateSourceName(), line == null ? 0 : line, problem));
            }
        }
        return Optional.empty();
    }

    private static TemplateError at(String template, int line, String problem) {
        return new TemplateError("Malen «" + template + "»" + (line > 0 ? " har en feil på linje " + line : " har en feil")
                + ": " + firstLine(problem) + " Rett malen, eller bygg med malene i prosjektet (--templates MAPPE).");
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String line = s.strip().lines().findFirst().orElse("");
        return line.endsWith(".") ? line : line + ".";
    }
}
