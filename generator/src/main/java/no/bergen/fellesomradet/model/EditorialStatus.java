package no.bergen.fellesomradet.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What editors need to see about the content as a whole: each entry's open warnings and when it
 * last changed, as of a fixed date (so that two builds of the same commit are identical).
 *
 * @param warnings slug → warning messages from {@code check}
 * @param changed  slug → the later of {@code sist_kontrollert} and the file's last commit
 * @param asOf     the date the status is reckoned from
 */
public record EditorialStatus(Map<String, List<String>> warnings, Map<String, LocalDate> changed, LocalDate asOf) {

    public EditorialStatus {
        warnings = Map.copyOf(warnings);
        changed = Map.copyOf(changed);
    }
}
