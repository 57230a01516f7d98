package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * every page. {@link #related} may be called from many threads (each keeps its own marks).
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
    private final ThreadLocal<Marks> marks;

    public RelatedEntries(Site site, List<RelationSignal> signals) {
        this.entries = site.entries();
        this.signals = List.copyOf(signals);
        int n = entries.size();
        this.marks = ThreadLocal.withInitial(() -> new Marks(n));
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
        // Which entries were met already, without a new array of every entry per page.
        Marks seen = marks.get();
        seen.next();
        seen.mark(self);
        List<Integer> candidates = new ArrayList<>();
        for (int s = 0; s < signals.size(); s++) {
            for (int key : keys[s][self]) {
                int[] with = holders[s][key];
                if (with.length > CANDIDATE_LIMIT) continue;
                for (int c : with) {
                    if (seen.mark(c)) candidates.add(c);
                }
            }
        }
        // The best few, kept in order while the candidates are scored, rather than all sorted.
        Scored[] best = new Scored[Math.max(0, Math.min(limit, candidates.size()))];
        if (best.length == 0) return List.of();
        Collection<String> skip = exclude.size() > 8 ? new HashSet<>(exclude) : exclude;
        int found = 0;
        for (int c : candidates) {
            Entry other = entries.get(c);
            if (skip.contains(other.slug())) continue;
            double score = score(self, c);
            if (score <= 0) continue;
            Scored next = new Scored(other, score);
            if (found == best.length && !before(next, best[found - 1])) continue;
            int at = found == best.length ? found - 1 : found++;
            while (at > 0 && before(next, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = next;
        }
        return List.of(Arrays.copyOf(best, found));
    }

    /** Higher score first, then slug order. */
    private static boolean before(Scored a, Scored b) {
        int byScore = Double.compare(a.score(), b.score());
        return byScore > 0 || byScore == 0 && a.entry().slug().compareTo(b.entry().slug()) < 0;
    }

    /** Marks for one thread's calls: entry i is marked in this call when its stamp is the call's. */
    private static final class Marks {
        private final int[] stamp;
        private int call;

        Marks(int entries) {
            stamp = new int[entries];
        }

        void next() {
            call++;
        }

        /** Marks entry i; false when it was marked in this call already. */
        boolean mark(int i) {
            if (stamp[i] == call) return false;
            stamp[i] = call;
            return true;
        }
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
