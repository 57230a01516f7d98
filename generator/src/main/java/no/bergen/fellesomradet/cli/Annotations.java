package no.bergen.fellesomradet.cli;

import no.bergen.fellesomradet.validate.Finding;

/** Findings as GitHub Actions workflow commands, so they show on the changed lines of a pull request. */
final class Annotations {

    private Annotations() { }

    static String github(Finding f) {
        String level = f.isError() ? "error" : "warning";
        return "::" + level + " file=" + property(f.file().toString().replace('\\', '/')) + ",line=" + f.line()
                + "::" + data(f.message());
    }

    /** Escaping defined for workflow command data. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
