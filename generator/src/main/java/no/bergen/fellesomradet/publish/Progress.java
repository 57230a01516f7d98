package no.bergen.fellesomradet.publish;

import java.io.PrintWriter;
import java.util.Locale;

/** Reports the build's stages as they finish. Quiet by default; {@code --verbose} prints them with times. */
public interface Progress {

    /** The stage just finished. */
    void done(String stage);

    Progress QUIET = stage -> { };

    /** Prints "  stage: 1,23 s" lines. */
    static Progress printing(PrintWriter out) {
        long[] last = {System.nanoTime()};
        return stage -> {
            long now = System.nanoTime();
            out.printf(Locale.ROOT, "  %s: %.2f s%n", stage, (now - last[0]) / 1e9);
            out.flush();
            last[0] = now;
        };
    }
}
