package no.bergen.fellesomradet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The LOS themes and words an entry may name, by path ({@code ord/helsestasjon}). */
public record LosVocabulary(Map<String, LosTerm> byPath) {

    public LosVocabulary {
        byPath = Collections.unmodifiableMap(new LinkedHashMap<>(byPath));
    }

    /**
     * The term an editor meant: its path, or its full URI (copied from psi.norge.no), in any case.
     */
    public Optional<LosTerm> find(String written) {
        String path = written.strip().toLowerCase(Locale.ROOT);
        if (path.startsWith(LosTerm.BASE)) path = path.substring(LosTerm.BASE.length());
        return Optional.ofNullable(byPath.get(path));
    }

    /** The term whose path or bokmål label is closest to what was written, for the error message. */
    public Optional<LosTerm> closest(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        LosTerm best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LosTerm t : byPath.values()) {
            // The label may be what the editor wrote ("Helsestasjon"); the word part of the path
            // when the prefix is missing or wrong ("helsestasjon", "tema/helsestasjon").
            String word = t.path().substring(t.path().indexOf('/') + 1);
            int d = Math.min(distance(w, t.path()), Math.min(distance(w, t.label().toLowerCase(Locale.ROOT)),
                    distance(w.substring(w.indexOf('/') + 1), word)));
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
