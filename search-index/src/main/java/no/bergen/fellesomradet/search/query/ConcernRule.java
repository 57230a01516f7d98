package no.bergen.fellesomradet.search.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/**
 * An employee who types "bekymret", "vold" or "melde" is worried about a child: whatever else
 * matches, the concern guide comes first. The page that matches the query best comes second (so
 * «vold i hjemmet» keeps the violence guide in view), and the other pinned guides (acute danger)
 * right after it. The trigger words are the content owners' (content/bekymringsord.txt), normalised
 * so every inflection triggers.
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

    /**
     * A trigger word among the query's words and what its rules say they mean: a situation the
     * content owners tied to a worry («sulten og skitten» → omsorgssvikt) counts, and one they tied
     * elsewhere («melde avvik» → avvik) does not, since a situation's own words are not searched.
     */
    public boolean matches(QueryPlan plan) {
        return plan.groups().stream().flatMap(g -> g.alternatives().stream()).flatMap(List::stream).anyMatch(triggers::contains);
    }

    /**
     * The ranked documents reordered when the query expresses worry: the first pinned guide, the best
     * match that is not pinned, then the other pinned guides, then the rest in rank order.
     */
    List<Integer> order(QueryPlan plan, List<Integer> ranked, ToIntFunction<String> docOf) {
        if (pinned.isEmpty() || !matches(plan)) return ranked;
        List<Integer> pins = new ArrayList<>();
        for (String slug : pinned) {
            int doc = docOf.applyAsInt(slug);
            if (doc >= 0) pins.add(doc);
        }
        if (pins.isEmpty()) return ranked;
        List<Integer> out = new ArrayList<>(List.of(pins.get(0)));
        ranked.stream().filter(d -> !pins.contains(d)).findFirst().ifPresent(out::add);
        out.addAll(pins.subList(1, pins.size()));
        for (int doc : ranked) if (!out.contains(doc)) out.add(doc);
        return out;
    }
}
