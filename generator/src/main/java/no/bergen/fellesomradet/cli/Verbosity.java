package no.bergen.fellesomradet.cli;

/**
 * Output is quiet by default; {@code --verbose} adds warnings and the time of each stage. Library
 * logging stays at warnings either way (JBake would otherwise log every page).
 */
final class Verbosity {

    static boolean verbose;

    private Verbosity() { }

    static void set(boolean on) {
        verbose = on;
        // OrientDB and other libraries log through java.util.logging; keep them quiet unless asked.
        java.util.logging.Logger.getLogger("").setLevel(on ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
    }
}
