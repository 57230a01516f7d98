package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;

/**
 * «Se også» beyond what the editors typed, as Hugo's related content does it: entries score by the
 * keys they share under each {@link RelationSignal}, each shared key counting its signal's weight
 * times {@code ln(1 + N / df)} (a målgruppe half the site has counts less than one of five pages),
 * and the best {@link #LIMIT} are shown after the hand-picked {@code se_ogsa}.
 *
 * <p>Like Hugo's {@code cardinalityThreshold}, a key held by more than {@link #CANDIDATE_LIMIT}
 * entries does not bring in candidates of its own (it still adds to the score of those found
 * through rarer keys), so on a large site each page compares itself with its neighbours, not with
 * every page. Immutable after construction; {@link #related} may be called from many threads.
 */
public final class RelatedEntries {

    public static final int LIMIT = 5;
    static final int CANDIDATE_LIMIT = 200;

    private final List<Entry> entries;
    private final List<RelationSignal> signals;
    private final Map<String, Integer> index = new HashMap<>();
    /** Per signal: each entry's keys (sorted, so scores add up in the same order in every JVM), and each key's entries. */
    private final List<List<List<String>>> keys = new ArrayList<>();
    private final List<Map<String, List<Integer>>> holders = new ArrayList<>();

    public RelatedEntries(Site site, List<RelationSignal> signals) {
        this.entries = site.entries();
        this.signals = List.copyOf(signals);
        for (int i = 0; i < entries.size(); i++) index.put(entries.get(i).slug(), i);
        for (RelationSignal s : this.signals) {
            List<List<String>> perEntry = new ArrayList<>();
            Map<String, List<Integer>> perKey = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                List<String> k = s.keys(entries.get(i)).stream().distinct().sorted().toList();
                perEntry.add(k);
                for (String key : k) perKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
            keys.add(perEntry);
            holders.add(perKey);
        }
    }

    /** An entry and its score, for tests and tuning. */
    public record Scored(Entry entry, double score) { }

    /** The entries most related to {@code e}, best first, none of {@code exclude} (e itself never). */
    public List<Entry> related(Entry e, Collection<String> exclude, int limit) {
        return scored(e, exclude, limit).stream().map(Scored::entry).toList();
    }

    public List<Scored> scored(Entry e, Collection<String> exclude, int limit) {
        Integer self = index.get(e.slug());
        if (self == null) return List.of();
        Set<Integer> candidates = new HashSet<>();
        for (int s = 0; s < signals.size(); s++) {
            for (String key : keys.get(s).get(self)) {
                List<Integer> with = holders.get(s).get(key);
                if (with.size() <= CANDIDATE_LIMIT) candidates.addAll(with);
            }
        }
        candidates.remove(self);
        Set<String> skip = new HashSet<>(exclude);
        List<Scored> out = new ArrayList<>();
        for (int c : candidates) {
            Entry other = entries.get(c);
            if (skip.contains(other.slug())) continue;
            double score = score(self, c);
            if (score > 0) out.add(new Scored(other, score));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(x -> x.entry().slug()));
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    private double score(int a, int b) {
        double score = 0;
        int n = entries.size();
        for (int s = 0; s < signals.size(); s++) {
            List<String> theirs = keys.get(s).get(b);
            for (String key : keys.get(s).get(a)) {
                if (theirs.contains(key)) score += signals.get(s).weight() * Math.log(1 + (double) n / holders.get(s).get(key).size());
            }
        }
        return score;
    }
}
