package no.bergen.fellesomradet.search.export;

/**
 * Facets of one document in four base-36 characters: type, owner, and the target groups as a
 * bit set in two characters. Compact enough that the browser can count filters over thousands of
 * results; sok.js decodes it.
 */
public final class FacetCodes {

    public static final int DOCS_PER_FILE = 2048;
    private static final int MAX_AUDIENCE_BITS = 36 * 36 - 1;

    private FacetCodes() { }

    public static String encode(int type, int owner, long audienceBits) {
        if (type >= 36 || owner >= 36 || audienceBits > MAX_AUDIENCE_BITS) {
            throw new IllegalArgumentException("too many facet values for the browser index");
        }
        String a = Long.toString(audienceBits, 36);
        return Integer.toString(type, 36) + Integer.toString(owner, 36) + (a.length() == 1 ? "0" + a : a);
    }
}
