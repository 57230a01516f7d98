package no.bergen.fellesomradet.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects findings while the content is read and checked. Not thread-safe: one per stage run. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();
    /** Kept as we go: stages ask for it after every file. */
    private long errors;

    public void error(Path file, int line, String message) {
        add(Finding.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        add(Finding.warning(file, line, message));
    }

    public void add(Finding finding) {
        list.add(finding);
        if (finding.isError()) errors++;
    }

    public void addAll(Findings other) {
        list.addAll(other.list);
        errors += other.errors;
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return list.size() - errorCount();
    }

    /** Sorted by file and line, so output is stable and easy to follow. */
    public List<Finding> sorted() {
        return list.stream().sorted().toList();
    }
}
