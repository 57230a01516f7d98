package no.bergen.fellesomradet.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/**
 * A query taken apart: its normalised words grouped by the synonym rules, and the last word as
 * typed (for type-ahead). Plain text only: no query syntax, so no input can make it fail.
 *
 * @param words normalised words, one per word of the query
 * @param last  the query's last word, lowercased but not normalised
 */
public record QueryPlan(List<SynonymRules.Group> groups, List<String> words, String last) {

    /** Longer queries are cut: nobody types more, and the work per query stays bounded. */
    public static final int MAX_WORDS = 32;

    public QueryPlan {
        groups = List.copyOf(groups);
        words = List.copyOf(words);
    }

    public static QueryPlan of(String text, NorwegianAnalysis analysis, SynonymRules rules) {
        String q = text == null ? "" : text;
        List<String> raw = new ArrayList<>();
        Matcher m = NorwegianAnalysis.WORD.matcher(q);
        while (m.find() && raw.size() < MAX_WORDS) raw.add(m.group());
        List<String> words = NorwegianAnalysis.terms(analysis.normaliser(), String.join(" ", raw));
        List<String> surface = NorwegianAnalysis.terms(analysis.surfaceForms(), String.join(" ", raw));
        String last = raw.isEmpty() ? "" : raw.get(raw.size() - 1).toLowerCase(Locale.ROOT);
        List<SynonymRules.Group> groups = new ArrayList<>();
        int position = 0;
        for (SynonymRules.Group g : rules.group(words)) {
            if (g.plain()) {
                // Little words (for, et, i, og …) would match every page; they count only inside a phrase rule.
                if (!analysis.stopWords().contains(surface.get(position))) {
                    groups.add(g.withParts(parts(surface.get(position), analysis)));
                }
                position++;
            } else {
                groups.add(g);
                position += g.alternatives().get(0).size();
            }
        }
        return new QueryPlan(groups, words, last);
    }

    /** Smallest word that is split, and the part lengths looked up (as the index side does). */
    public static final int MIN_COMPOUND = 6;
    public static final int MIN_PART = 3;
    public static final int MAX_PART = 20;

    /**
     * Normalised dictionary parts of a word, in order of position and length, the word itself
     * excluded: "flyktningfamilie" → flyktning, famili. Used only when the word is not indexed.
     */
    static List<String> parts(String form, NorwegianAnalysis analysis) {
        List<String> out = new ArrayList<>();
        if (form.length() < MIN_COMPOUND) return out;
        java.util.Set<String> dictionary = new java.util.HashSet<>(analysis.dictionary());
        for (int i = 0; i + MIN_PART <= form.length(); i++) {
            for (int j = MIN_PART; j <= MAX_PART && i + j <= form.length(); j++) {
                String sub = form.substring(i, i + j);
                if (sub.length() < form.length() && dictionary.contains(sub)) {
                    for (String t : NorwegianAnalysis.terms(analysis.normaliser(), sub)) {
                        if (!out.contains(t)) out.add(t);
                    }
                }
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
