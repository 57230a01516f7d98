package no.bergen.fellesomradet.relations;

/**
 * The lines of a {@link ColumnLayout}, each {x1, y1, c1, c2, y2, x2}: a cubic curve from (x1, y1)
 * to (x2, y2) with control points (c1, y1) and (c2, y2). Counts their crossings as
 * {@link Crossings} does on the flattened curves, with two shortcuts that give the same number.
 *
 * <p>Most lines join the same two columns, and two such curves share their x at every step of the
 * flattening; the gap between them is then {@code (1 - s) * d1 + s * d2} for a factor s that grows
 * along the curve, where d1 and d2 are the gaps at the ends. The flattened lines cross once when d1
 * and d2 have opposite signs, and never when they have the same sign or only one of them is 0 (the
 * lines meet at a box). Lines of different {@link Spans} are counted from their heights at the
 * corners of either ({@link SpanPair}). Where a crossing falls on a corner of the flattened lines,
 * or lines touch, the points are compared segment by segment as usual ({@link Polylines}).
 */
final class ColumnLines {

    /** A crossing this close to a corner (in s) is left to the exact count. */
    private static final double NEAR_CORNER = 1e-6;

    private final int[][] curves;
    private final Spans spans;
    /** Each line's span, and its bounding box. */
    private final int[] span;
    private final double[] minX;
    private final double[] maxX;
    private final double[] minY;
    private final double[] maxY;

    ColumnLines(int[][] curves) {
        this(curves, new Spans());
    }

    /** With the spans of earlier counts in the same search. */
    ColumnLines(int[][] curves, Spans spans) {
        this.curves = curves.clone();
        this.spans = spans;
        int n = curves.length;
        span = new int[n];
        minX = new double[n];
        maxX = new double[n];
        minY = new double[n];
        maxY = new double[n];
        for (int i = 0; i < n; i++) describe(i);
    }

    int[] curve(int i) {
        return curves[i];
    }

    /** Gives line i a new curve. */
    void set(int i, int[] curve) {
        curves[i] = curve;
        describe(i);
    }

    /** All crossings, or a number above {@code limit} as soon as the count passes it. */
    int count(int limit) {
        int n = curves.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double x0 = minX[i], x1 = maxX[i], y0 = minY[i], y1 = maxY[i];
            for (int j = i + 1; j < n; j++) {
                // Lines whose boxes do not meet cannot cross: most pairs end here.
                if (maxX[j] < x0 || minX[j] > x1 || maxY[j] < y0 || minY[j] > y1) continue;
                count += crossings(i, j);
                if (count > limit) return count;
            }
        }
        return count;
    }

    /** How often lines i and j cross. */
    int between(int i, int j) {
        if (maxX[j] < minX[i] || minX[j] > maxX[i] || maxY[j] < minY[i] || minY[j] > maxY[i]) return 0;
        return crossings(i, j);
    }

    /** How often lines i and j cross, their bounding boxes known to meet. */
    private int crossings(int i, int j) {
        int[] a = curves[i];
        int[] b = curves[j];
        if (span[i] == span[j] && spans.span(span[i]).betweenColumns()) {
            int d1 = a[1] - b[1];
            int d2 = a[4] - b[4];
            if (d1 == 0 && d2 == 0) return exact(a, b);
            if (d1 == 0 || d2 == 0 || (d1 > 0) == (d2 > 0)) return 0;
            double s = (double) d1 / (d1 - d2);
            for (int k = 1; k < Crossings.STEPS; k++) {
                if (Math.abs(s - Spans.S[k]) < NEAR_CORNER) return exact(a, b);
            }
            return 1;
        }
        int c = spans.pair(span[i], span[j]).crossings(a[1], a[4], b[1], b[4]);
        return c == SpanPair.UNSURE ? exact(a, b) : c;
    }

    /**
     * Line i's span and bounding box: across its span, and between its two heights (the flattened
     * points lie between them, give or take a rounding error, which changes no count: lines that
     * close together go to the exact count).
     */
    private void describe(int i) {
        int[] c = curves[i];
        span[i] = spans.id(c);
        Spans.Span s = spans.span(span[i]);
        minX[i] = s.minX();
        maxX[i] = s.maxX();
        minY[i] = Math.min(c[1], c[4]);
        maxY[i] = Math.max(c[1], c[4]);
    }

    /** The segment-by-segment count, for the few pairs the shortcuts leave to it. */
    private static int exact(int[] a, int[] b) {
        double[][] xs = new double[2][Crossings.STEPS + 1];
        double[][] ys = new double[2][Crossings.STEPS + 1];
        flatten(a, xs[0], ys[0]);
        flatten(b, xs[1], ys[1]);
        return new Polylines(xs, ys).between(0, 1);
    }

    static void flatten(int[] c, double[] xs, double[] ys) {
        Crossings.flatten(c[0], c[1], c[2], c[1], c[3], c[4], c[5], c[4], xs, ys);
    }
}
