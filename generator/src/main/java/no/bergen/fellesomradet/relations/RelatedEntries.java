package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
    /**
     * Per signal, keys numbered in their sorted order: each entry's key numbers (ascending, so scores
     * add up in the same order in every JVM), each key's entries, and what sharing the key is worth.
     */
    private final int[][][] keys;
    private final int[][][] holders;
    private final double[][] worth;

    public RelatedEntries(Site site, List<RelationSignal> signals) {
        this.entries = site.entries();
        this.signals = List.copyOf(signals);
        int n = entries.size();
        for (int i = 0; i < n; i++) index.put(entries.get(i).slug(), i);
        keys = new int[this.signals.size()][][];
        holders = new int[this.signals.size()][][];
        worth = new double[this.signals.size()][];
        for (int s = 0; s < this.signals.size(); s++) {
            RelationSignal signal = this.signals.get(s);
            List<List<String>> perEntry = new ArrayList<>();
            TreeMap<String, List<Integer>> perKey = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                List<String> k = signal.keys(entries.get(i)).stream().distinct().sorted().toList();
                perEntry.add(k);
                for (String key : k) perKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
            Map<String, Integer> number = new HashMap<>();
            holders[s] = new int[perKey.size()][];
            worth[s] = new double[perKey.size()];
            for (Map.Entry<String, List<Integer>> key : perKey.entrySet()) {
                int id = number.size();
                number.put(key.getKey(), id);
                holders[s][id] = key.getValue().stream().mapToInt(Integer::intValue).toArray();
                worth[s][id] = signal.weight() * Math.log(1 + (double) n / key.getValue().size());
            }
            keys[s] = new int[n][];
            for (int i = 0; i < n; i++) keys[s][i] = perEntry.get(i).stream().mapToInt(number::get).toArray();
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
        boolean[] seen = new boolean[entries.size()];
        seen[self] = true;
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < signals.size(); s++) {
            for (int key : keys[s][self]) {
                int[] with = holders[s][key];
                if (with.length > CANDIDATE_LIMIT) continue;
                for (int c : with) {
                    if (!seen[c]) {
                        seen[c] = true;
                        candidates.add(c);
                    }
                }
            }
        }
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

    /** The worth of the keys a and b share, added in key order. */
    private double score(int a, int b) {
        double score = 0;
        for (int s = 0; s < signals.size(); s++) {
            int[] mine = keys[s][a];
            int[] theirs = keys[s][b];
            for (int i = 0, j = 0; i < mine.length && j < theirs.length; ) {
                if (mine[i] < theirs[j]) {
                    i++;
                } else if (mine[i] > theirs[j]) {
                    j++;
                } else {
                    score += worth[s][mine[i]];
                    i++;
                    j++;
                }
            }
        }
        return score;
    }
}
