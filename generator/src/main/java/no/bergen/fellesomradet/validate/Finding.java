package no.bergen.fellesomradet.validate;

import java.nio.file.Path;

/**
 * One problem found in the content, pointing at a file and a 1-based line. Messages are Norwegian:
 * they are read by content editors.
 */
public record Finding(Path file, int line, Severity severity, String message) implements Comparable<Finding> {

    public enum Severity {
        ERROR("error"), WARNING("warning");

        private final String word;

        Severity(String word) { this.word = word; }

        public String word() { return word; }
    }

    public static Finding error(Path file, int line, String message) {
        return new Finding(file, line, Severity.ERROR, message);
    }

    public static Finding warning(Path file, int line, String message) {
        return new Finding(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: error|warning: message}, the form compilers and editors understand. */
    public String format() {
        return file.toString().replace('\\', '/') + ":" + line + ": " + severity.word() + ": " + message;
    }

    @Override
    public int compareTo(Finding o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
