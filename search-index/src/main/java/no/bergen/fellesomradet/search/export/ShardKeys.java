package no.bergen.fellesomradet.search.export;

import java.util.stream.Collectors;

/**
 * File names of the browser index's shards, derived from a term: the code points of its first
 * three characters (or one) in hex, so names are ASCII whatever the letters. sok-motor.js computes
 * the same names.
 */
public final class ShardKeys {

    private ShardKeys() { }

    /** Postings shard for a term: first three code points. */
    public static String postings(String term) {
        return hex(term, POSTINGS_PREFIX);
    }

    /** Three letters keep a shard of a 10,000-entry site to a few kilobytes. */
    public static final int POSTINGS_PREFIX = 3;

    /** Vocabulary shard for a first letter: one code point. */
    public static String vocabulary(String term) {
        return hex(term, 1);
    }

    private static String hex(String term, int points) {
        return term.codePoints().limit(points).mapToObj(Integer::toHexString).collect(Collectors.joining("-"));
    }
}
