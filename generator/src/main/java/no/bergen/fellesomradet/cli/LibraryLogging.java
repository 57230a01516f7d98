package no.bergen.fellesomradet.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The libraries' logging (logback, which jbake-core brings), set up in code: logback finds this
 * class through its service file when there is no logback.xml; set up from that XML, logging took
 * 30–50 ms of a build's start-up, this way 20–30 ms. jbake-core logs every page at INFO; the tool
 * prints its own summary and reports a failed page once, in one sentence (TemplateError), so
 * JBake's renderer and FreeMarker are silent and the rest of JBake says only errors. For one run, FELLESOMRADE_JAVA_OPTS with
 * {@code -Dfellesomrade.jbake.level=info} or {@code -Dfellesomrade.log.level=debug} says more.
 */
public final class LibraryLogging extends ContextAwareBase implements Configurator {

    @Override
    public void configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget("System.err");
        err.setEncoder(encoder);
        err.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty("fellesomrade.log.level"), Level.WARN));
        root.addAppender(err);
        String jbake = System.getProperty("fellesomrade.jbake.level");
        context.getLogger("org.jbake").setLevel(Level.toLevel(jbake, Level.ERROR));
        context.getLogger("org.jbake.app.Renderer").setLevel(Level.toLevel(jbake, Level.OFF));
        context.getLogger("freemarker").setLevel(Level.toLevel(jbake, Level.OFF));
    }
}
