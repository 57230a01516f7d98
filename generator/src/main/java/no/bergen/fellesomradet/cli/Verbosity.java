package no.bergen.fellesomradet.cli;

/** Output is quiet by default; {@code --verbose} lets JBake and Lucene say more. */
final class Verbosity {

    static boolean verbose;

    private Verbosity() { }

    static void set(boolean on) {
        verbose = on;
        if (on) {
            System.setProperty("fellesomrade.log.level", "INFO");
            System.setProperty("fellesomrade.jbake.level", "INFO");
        }
        // OrientDB and other libraries log through java.util.logging; keep them quiet unless asked.
        java.util.logging.Logger.getLogger("").setLevel(on ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
    }
}
