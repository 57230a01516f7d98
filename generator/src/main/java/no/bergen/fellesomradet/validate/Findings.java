package no.bergen.fellesomradet.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while the content is read and checked. Not thread-safe: one per stage run. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public void error(Path file, int line, String message) {
        list.add(Finding.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        list.add(Finding.warning(file, line, message));
    }

    public void add(Finding finding) {
        list.add(finding);
    }

    public void addAll(Findings other) {
        list.addAll(other.list);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Finding::isError);
    }

    public long errorCount() {
        return list.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return list.size() - errorCount();
    }

    /** Sorted by file and line, so output is stable and easy to follow. */
    public List<Finding> sorted() {
        return list.stream().sorted().toList();
    }
}
