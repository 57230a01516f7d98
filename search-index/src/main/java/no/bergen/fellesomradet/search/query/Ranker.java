package no.bergen.fellesomradet.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks documents for a {@link QueryPlan}. The browser's sok-motor.js is a line-by-line copy of
 * this class; the parity test holds them together. A document's score is, in integers:
 * <ul>
 *   <li>for each group, the best alternative's sum of term scores (a word the index does not know
 *       at all is tried as the sum of its compound parts);</li>
 *   <li>for each plain word of five letters or more, {@value ScoreModel#FUZZY_PERCENT} % of the best
 *       score of a term one edit away with the same first letter;</li>
 *   <li>for the last word (three letters or more), {@value ScoreModel#PREFIX_PERCENT} % of the best
 *       score of a term it begins (at most {@value #MAX_PREFIX_TERMS} terms, in order).</li>
 * </ul>
 * The sum is then scaled by the share of the groups the document matches ({@link #coordinated}),
 * the prefix counting for the word being typed.
 * Ties go to the lower document number (documents are numbered in slug order).
 */
public final class Ranker {

    public static final int MIN_FUZZY_LENGTH = 5;
    public static final int MIN_PREFIX_LENGTH = 3;
    public static final int MAX_PREFIX_TERMS = 64;

    /** A document number and its score. */
    public record Scored(int doc, long score) { }

    private Ranker() { }

    public static List<Scored> rank(QueryPlan plan, TermSource source) throws IOException {
        Map<Integer, Long> total = new HashMap<>();
        Map<Integer, Integer> matched = new HashMap<>();
        for (SynonymRules.Group g : plan.groups()) {
            Map<Integer, Long> best = new HashMap<>();
            for (List<String> alternative : g.alternatives()) {
                Map<Integer, Long> sum = new HashMap<>();
                for (String term : alternative) {
                    source.postings(term).forEach((doc, s) -> sum.merge(doc, s, Long::sum));
                }
                sum.forEach((doc, s) -> best.merge(doc, s, Math::max));
            }
            String word = g.alternatives().get(0).get(0);
            if (g.plain() && !g.parts().isEmpty() && source.postings(word).isEmpty()) {
                Map<Integer, Long> sum = new HashMap<>();
                for (String part : g.parts()) source.postings(part).forEach((doc, s) -> sum.merge(doc, s, Long::sum));
                sum.forEach((doc, s) -> best.merge(doc, s, Math::max));
            }
            best.forEach((doc, s) -> total.merge(doc, s, Long::sum));
            Set<Integer> hit = new HashSet<>();
            best.forEach((doc, s) -> { if (s > 0) hit.add(doc); });

            if (g.plain() && word.length() >= MIN_FUZZY_LENGTH) {
                Map<Integer, Long> fuzzy = new HashMap<>();
                for (String t : source.termsStartingWith(firstLetter(word))) {
                    if (!t.equals(word) && Math.abs(t.length() - word.length()) <= 1 && oneEdit(word, t)) {
                        source.postings(t).forEach((doc, s) -> fuzzy.merge(doc, s, Math::max));
                    }
                }
                fuzzy.forEach((doc, s) -> total.merge(doc, ScoreModel.share(s, ScoreModel.FUZZY_PERCENT), Long::sum));
                fuzzy.forEach((doc, s) -> { if (ScoreModel.share(s, ScoreModel.FUZZY_PERCENT) > 0) hit.add(doc); });
            }
            hit.forEach(doc -> matched.merge(doc, 1, Integer::sum));
        }
        String last = plan.last();
        if (last.length() >= MIN_PREFIX_LENGTH && !plan.words().isEmpty()) {
            String lastWord = plan.words().get(plan.words().size() - 1);
            Map<Integer, Long> prefix = new HashMap<>();
            int taken = 0;
            for (String t : source.termsStartingWith(firstLetter(last))) {
                if (taken == MAX_PREFIX_TERMS) break;
                if (t.startsWith(last) && !t.equals(lastWord)) {
                    taken++;
                    source.postings(t).forEach((doc, s) -> prefix.merge(doc, s, Math::max));
                }
            }
            prefix.forEach((doc, s) -> total.merge(doc, ScoreModel.share(s, ScoreModel.PREFIX_PERCENT), Long::sum));
            // A word still being typed counts as matched where a word it begins is found.
            prefix.forEach((doc, s) -> {
                if (ScoreModel.share(s, ScoreModel.PREFIX_PERCENT) > 0) matched.merge(doc, 1, Integer::sum);
            });
        }
        int groups = plan.groups().size();
        List<Scored> out = new ArrayList<>();
        total.forEach((doc, s) -> {
            long score = groups == 0 ? s : coordinated(s, matched.getOrDefault(doc, 0), groups);
            if (score > 0) out.add(new Scored(doc, score));
        });
        out.sort(Comparator.comparingLong(Scored::score).reversed().thenComparingInt(Scored::doc));
        return out;
    }

    /**
     * The score scaled by the share of the query's words a document matches: a page that answers
     * «eleven kommer ikke på skolen» in all its words ranks above one with «skole» in a short title.
     */
    static long coordinated(long score, int matched, int groups) {
        return score * Math.min(matched, groups) / groups;
    }

    static String firstLetter(String s) {
        return s.substring(0, Character.charCount(s.codePointAt(0)));
    }

    /** True when a and b differ by exactly one insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) return false;
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) first = i;
                    diffs++;
                }
            }
            if (diffs == 1) return true;
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        if (Math.abs(la - lb) != 1) return false;
        String s = la < lb ? a : b;
        String l = la < lb ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) i++;
        return s.substring(i).equals(l.substring(i + 1));
    }
}
