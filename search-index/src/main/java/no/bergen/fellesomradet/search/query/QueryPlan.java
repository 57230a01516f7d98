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

    /**
     * Normalised dictionary parts of a word ({@link no.bergen.fellesomradet.search.analysis.CompoundSplitter}):
     * "flyktningfamilie" → flyktning, famili. Used only when the word is not indexed.
     */
    static List<String> parts(String form, NorwegianAnalysis analysis) {
        List<String> out = new ArrayList<>();
        for (String sub : analysis.splitter().parts(form)) {
            for (String t : NorwegianAnalysis.terms(analysis.normaliser(), sub)) {
                if (!out.contains(t)) out.add(t);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
