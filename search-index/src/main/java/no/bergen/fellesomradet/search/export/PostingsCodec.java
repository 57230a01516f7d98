package no.bergen.fellesomradet.search.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A term's postings as the browser index stores them: {@code [scores, code]}, where {@code scores}
 * lists the term's distinct scores, most frequent first, and {@code code} is a string of variable
 * length numbers, two per posting: the gap to the previous document number and the position of
 * the score in {@code scores}, both written as {@link Digits}. Most postings take two characters
 * (a gap under 32, one of the 32 commonest scores) where a JSON number pair took eight;
 * sok-motor.js decodes it.
 */
public final class PostingsCodec {

    private PostingsCodec() { }

    /** Encodes postings given in document order. */
    public static List<Object> encode(Map<Integer, Long> postings) {
        Map<Long, Integer> frequency = new HashMap<>();
        postings.values().forEach(s -> frequency.merge(s, 1, Integer::sum));
        List<Long> scores = new ArrayList<>(frequency.keySet());
        scores.sort(Comparator.comparing((Long s) -> -frequency.get(s)).thenComparing(s -> s));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) position.put(scores.get(i), i);

        StringBuilder code = new StringBuilder(postings.size() * 2);
        int previous = 0;
        for (Map.Entry<Integer, Long> p : postings.entrySet()) {
            if (p.getKey() < previous) throw new IllegalArgumentException("postings must be in document order");
            Digits.append(code, p.getKey() - previous);
            Digits.append(code, position.get(p.getValue()));
            previous = p.getKey();
        }
        return List.of(List.copyOf(scores), code.toString());
    }

    /** The inverse of {@link #encode}, for tests: document → score. */
    public static Map<Integer, Long> decode(List<Long> scores, String code) {
        Map<Integer, Long> out = new LinkedHashMap<>();
        int[] at = {0};
        int doc = 0;
        while (at[0] < code.length()) {
            doc += Digits.read(code, at);
            out.put(doc, scores.get(Digits.read(code, at)));
        }
        return out;
    }
}
