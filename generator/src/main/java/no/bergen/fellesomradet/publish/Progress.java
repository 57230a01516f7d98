package no.bergen.fellesomradet.publish;

import java.io.PrintWriter;
import java.util.Locale;

/** Reports the build's stages as they finish. Quiet by default; {@code --verbose} prints them with times. */
public interface Progress {

    /** The stage just finished. */
    void done(String stage);

    /** For stages that run at the same time as these: timed from now, each line marked as such. */
    default Progress alongside() {
        return this;
    }

    Progress QUIET = stage -> { };

    /** Prints "  stage: 1,23 s" lines. */
    static Progress printing(PrintWriter out) {
        return new Printing(out, "");
    }

    /** Each line times its stage from the one before on the same thread of work. */
    final class Printing implements Progress {
        private final PrintWriter out;
        private final String mark;
        private long last = System.nanoTime();

        private Printing(PrintWriter out, String mark) {
            this.out = out;
            this.mark = mark;
        }

        @Override
        public void done(String stage) {
            long now = System.nanoTime();
            synchronized (out) {
                out.printf(Locale.ROOT, "  %s%s: %.2f s%n", mark, stage, (now - last) / 1e9);
                out.flush();
            }
            last = now;
        }

        @Override
        public Progress alongside() {
            return new Printing(out, "(samtidig) ");
        }
    }
}
