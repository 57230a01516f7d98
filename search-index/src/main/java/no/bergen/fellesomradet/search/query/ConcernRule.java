package no.bergen.fellesomradet.search.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/**
 * An employee who types "bekymret", "vold" or "melde" is worried about a child: whatever else
 * matches, the concern guide comes first and the acute-danger guide second. The trigger words are
 * the content owners' (content/bekymringsord.txt), normalised so every inflection triggers.
 */
public final class ConcernRule {

    private final Set<String> triggers;
    private final List<String> pinned;

    /**
     * @param words  trigger words, any form
     * @param pinned slugs to put first, in order
     */
    public ConcernRule(NorwegianAnalysis analysis, List<String> words, List<String> pinned) {
        Set<String> t = new HashSet<>();
        for (String w : words) t.addAll(NorwegianAnalysis.terms(analysis.normaliser(), w));
        this.triggers = Set.copyOf(t);
        this.pinned = List.copyOf(pinned);
    }

    public static ConcernRule none() {
        return new ConcernRule(NorwegianAnalysis.create(), List.of(), List.of());
    }

    /** Normalised trigger words, sorted (exported for the browser). */
    public List<String> triggers() {
        return triggers.stream().sorted().toList();
    }

    public List<String> pinned() {
        return pinned;
    }

    public boolean matches(QueryPlan plan) {
        return plan.words().stream().anyMatch(triggers::contains);
    }

    /** The ranked documents with the pinned ones moved to the front when the query expresses worry. */
    List<Integer> order(QueryPlan plan, List<Integer> ranked, ToIntFunction<String> docOf) {
        if (pinned.isEmpty() || !matches(plan)) return ranked;
        List<Integer> first = new ArrayList<>();
        for (String slug : pinned) {
            int doc = docOf.applyAsInt(slug);
            if (doc >= 0) first.add(doc);
        }
        List<Integer> out = new ArrayList<>(first);
        for (int doc : ranked) if (!first.contains(doc)) out.add(doc);
        return out;
    }
}
