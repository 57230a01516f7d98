package no.bergen.fellesomradet.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;

/**
 * An employee who types "bekymret", "vold" or "melde" is worried about a child: whatever else
 * matches, the concern guide comes first and the acute-danger guide second. The trigger words are
 * the content owners' (content/bekymringsord.txt), compared after normalisation so that every
 * inflection triggers.
 */
public final class ConcernRule {

    private final NorwegianAnalysis analysis;
    private final Set<String> triggers;
    private final List<String> pinned;

    /**
     * @param words  trigger words, any form
     * @param pinned slugs to put first, in order
     */
    public ConcernRule(NorwegianAnalysis analysis, List<String> words, List<String> pinned) {
        this.analysis = analysis;
        Set<String> t = new java.util.HashSet<>();
        for (String w : words) t.addAll(NorwegianAnalysis.terms(analysis.normaliser(), w));
        this.triggers = Set.copyOf(t);
        this.pinned = List.copyOf(pinned);
    }

    public static ConcernRule none(NorwegianAnalysis analysis) {
        return new ConcernRule(analysis, List.of(), List.of());
    }

    public boolean matches(String query) {
        return NorwegianAnalysis.terms(analysis.normaliser(), query).stream().anyMatch(triggers::contains);
    }

    List<Hit> apply(String query, List<Hit> hits, Function<String, Hit> lookup) {
        if (pinned.isEmpty() || !matches(query)) return hits;
        List<Hit> out = new ArrayList<>();
        for (String slug : pinned) {
            Hit h = hits.stream().filter(x -> x.slug().equals(slug)).findFirst().orElseGet(() -> lookup.apply(slug));
            if (h != null) out.add(h);
        }
        for (Hit h : hits) if (!pinned.contains(h.slug())) out.add(h);
        return out;
    }
}
