package no.bergen.fellesomradet.search.query;

/**
 * How much a term in a document is worth: BM25 per field, weighted by field, rounded to an
 * integer. Computed in one place (Java, at index export and at query time alike) so the browser
 * search, which adds the exported integers, ranks exactly as the command line does.
 */
public final class ScoreModel {

    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores are kept in thousandths: integers add up identically in Java and JavaScript. */
    static final double SCALE = 1000;

    /** Typo and type-ahead matches count for this share (percent) of an exact match. */
    public static final int FUZZY_PERCENT = 35;
    public static final int PREFIX_PERCENT = 50;

    private ScoreModel() { }

    public static double idf(long docCount, long docFreq) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    public static double bm25(double idf, int freq, long length, double averageLength) {
        return idf * (freq * (K1 + 1)) / (freq + K1 * (1 - B + B * length / averageLength));
    }

    public static long quantise(double weightedSum) {
        return Math.round(weightedSum * SCALE);
    }

    public static long share(long score, int percent) {
        return score * percent / 100;
    }
}
