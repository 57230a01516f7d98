package no.bergen.fellesomradet.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the dictionary words inside a compound: every substring of three to twenty letters that
 * is in the dictionary, in order of position and then length, the word itself excluded
 * ("flyktningfamilie" → flyktning, familie). Words shorter than six letters are not split.
 * The browser's sok-motor.js does the same; results are cached, since text repeats its words.
 */
public final class CompoundSplitter {

    public static final int MIN_WORD = 6;
    public static final int MIN_PART = 3;
    public static final int MAX_PART = 20;
    private static final int MAX_CACHE = 200_000;

    private final Set<String> dictionary;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    public CompoundSplitter(Set<String> dictionary) {
        this.dictionary = Set.copyOf(dictionary);
    }

    public List<String> parts(String word) {
        if (word.length() < MIN_WORD) return List.of();
        List<String> cached = cache.get(word);
        if (cached != null) return cached;
        List<String> out = new ArrayList<>();
        for (int i = 0; i + MIN_PART <= word.length(); i++) {
            for (int j = MIN_PART; j <= MAX_PART && i + j <= word.length(); j++) {
                String sub = word.substring(i, i + j);
                if (sub.length() < word.length() && dictionary.contains(sub)) out.add(sub);
            }
        }
        List<String> result = List.copyOf(out);
        if (cache.size() < MAX_CACHE) cache.put(word, result);
        return result;
    }
}
