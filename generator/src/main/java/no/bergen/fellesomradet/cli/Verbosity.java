package no.bergen.fellesomradet.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

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
        Logger.getLogger("").setLevel(on ? Level.INFO : Level.SEVERE);
    }
}
