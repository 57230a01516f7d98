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
                int length = g.alternatives().get(0).size();
                if (rules.isSituation(String.join(" ", g.alternatives().get(0)))) {
                    groups.add(new SynonymRules.Group(g.alternatives().subList(1, g.alternatives().size()), false, g.parts()));
                } else {
                    groups.add(withoutLittleWords(g, surface.subList(position, position + length), analysis));
                }
                position += length;
            }
        }
        return new QueryPlan(groups, words, last);
    }

    /**
     * A phrase rule's own words score without the little words in them: they are needed to match
     * «snakker nesten ikke», but «ikke» on a page says nothing about language difficulties. A phrase
     * of little words only keeps just what its rule says it means.
     */
    static SynonymRules.Group withoutLittleWords(SynonymRules.Group g, List<String> surface, NorwegianAnalysis analysis) {
        List<String> literal = g.alternatives().get(0);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < literal.size(); i++) {
            if (!analysis.stopWords().contains(surface.get(i))) kept.add(literal.get(i));
        }
        if (kept.size() == literal.size()) return g;
        List<List<String>> alternatives = new ArrayList<>();
        if (!kept.isEmpty()) alternatives.add(kept);
        alternatives.addAll(g.alternatives().subList(1, g.alternatives().size()));
        return new SynonymRules.Group(alternatives, false, g.parts());
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
