package no.bergen.fellesomradet.cli;

import java.util.Map;

/**
 * The libraries' logging: SLF4J's simple logger, set up through its system properties before the
 * first library logs. jbake-core logs every page at INFO; the tool prints its own summary and
 * reports a failed page once, in one sentence (TemplateError), so JBake's renderer and FreeMarker
 * are silent and the rest of JBake says only errors. Logback, which did this before, took about
 * 25 ms of every run's main thread to set itself up (docs/adr/0008). For one run, FELLESOMRADE_JAVA_OPTS
 * with {@code -Dfellesomrade.jbake.level=info} or {@code -Dfellesomrade.log.level=debug} says more.
 */
final class LibraryLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LibraryLogging() { }

    /** Sets the simple logger's properties that are not set already (a test or a -D may set them). */
    static void configure() {
        String jbake = System.getProperty("fellesomrade.jbake.level");
        Map<String, String> settings = Map.of(
                "defaultLogLevel", System.getProperty("fellesomrade.log.level", "warn"),
                "log.org.jbake", jbake == null ? "error" : jbake,
                "log.org.jbake.app.Renderer", jbake == null ? "off" : jbake,
                "log.freemarker", jbake == null ? "off" : jbake,
                "showThreadName", "false",
                "showShortLogName", "true",
                "logFile", "System.err");
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = PREFIX + setting.getKey();
            if (System.getProperty(key) == null) System.setProperty(key, setting.getValue());
        }
    }
}
