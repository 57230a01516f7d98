package no.bergen.fellesomradet.search.export;

/**
 * Facets of one document in three base-36 characters: type (2 bits), owner (5 bits) and the target
 * groups (6 bits… up to 8) packed into one number. Compact enough that the browser can count filters
 * over thousands of results; sok.js decodes it.
 */
public final class FacetCodes {

    public static final int DOCS_PER_FILE = 2048;
    public static final int WIDTH = 3;
    private static final int TYPE_BITS = 2;
    private static final int OWNER_BITS = 5;
    private static final int AUDIENCE_BITS = 8;

    private FacetCodes() { }

    public static String encode(int type, int owner, long audienceBits) {
        if (type >= 1 << TYPE_BITS || owner >= 1 << OWNER_BITS || audienceBits >= 1 << AUDIENCE_BITS) {
            throw new IllegalArgumentException("too many facet values for the browser index");
        }
        long packed = ((long) type << (OWNER_BITS + AUDIENCE_BITS)) | ((long) owner << AUDIENCE_BITS) | audienceBits;
        String s = Long.toString(packed, 36);
        return "0".repeat(WIDTH - s.length()) + s;
    }
}
