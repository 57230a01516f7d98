package no.bergen.fellesomradet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
