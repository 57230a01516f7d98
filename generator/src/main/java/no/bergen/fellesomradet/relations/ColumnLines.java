package no.bergen.fellesomradet.relations;

/**
 * The lines of a {@link ColumnLayout}, each {x1, y1, c1, c2, y2, x2}: a cubic curve from (x1, y1)
 * to (x2, y2) with control points (c1, y1) and (c2, y2). Counts their crossings as
 * {@link Crossings} does on the flattened curves, with one shortcut that gives the same number.
 *
 * <p>Most lines join the same two columns, and two such curves share their x at every step of the
 * flattening; the gap between them is then {@code (1 - s) * d1 + s * d2} for a factor s that grows
 * along the curve, where d1 and d2 are the gaps at the ends. The flattened lines cross once when d1
 * and d2 have opposite signs, and never when they have the same sign or only one of them is 0 (the
 * lines meet at a box). Where the crossing falls on a corner of the flattened lines, or both gaps
 * are 0, the points are compared segment by segment as usual.
 */
final class ColumnLines {

    /** The factor s at each point of the flattening: t²(3 − 2t) for t = i / STEPS. */
    private static final double[] S = new double[Crossings.STEPS + 1];
    /** A crossing this close to a corner (in s) is left to the exact count. */
    private static final double NEAR_CORNER = 1e-6;

    static {
        for (int i = 0; i <= Crossings.STEPS; i++) {
            double t = (double) i / Crossings.STEPS;
            S[i] = t * t * (3 - 2 * t);
        }
    }

    private final int[][] curves;
    private final Polylines flat;
    private final double[] xs = new double[Crossings.STEPS + 1];
    private final double[] ys = new double[Crossings.STEPS + 1];

    ColumnLines(int[][] curves) {
        this.curves = curves.clone();
        double[][] px = new double[curves.length][Crossings.STEPS + 1];
        double[][] py = new double[curves.length][Crossings.STEPS + 1];
        for (int i = 0; i < curves.length; i++) flatten(curves[i], px[i], py[i]);
        this.flat = new Polylines(px, py);
    }

    int size() {
        return curves.length;
    }

    int[] curve(int i) {
        return curves[i];
    }

    /** Gives line i a new curve. */
    void set(int i, int[] curve) {
        curves[i] = curve;
        flatten(curve, xs, ys);
        flat.set(i, xs, ys);
    }

    /** All crossings, or a number above {@code limit} as soon as the count passes it. */
    int count(int limit) {
        int n = curves.length;
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                count += between(i, j);
                if (count > limit) return count;
            }
        }
        return count;
    }

    /** How often lines i and j cross. */
    int between(int i, int j) {
        int[] a = curves[i];
        int[] b = curves[j];
        if (a[0] == b[0] && a[5] == b[5] && a[2] == b[2] && a[3] == b[3] && a[0] != a[5]) {
            int d1 = a[1] - b[1];
            int d2 = a[4] - b[4];
            if (d1 == 0 && d2 == 0) return flat.between(i, j);
            if (d1 == 0 || d2 == 0 || (d1 > 0) == (d2 > 0)) return 0;
            double s = (double) d1 / (d1 - d2);
            for (int k = 1; k < Crossings.STEPS; k++) {
                if (Math.abs(s - S[k]) < NEAR_CORNER) return flat.between(i, j);
            }
            return 1;
        }
        return flat.between(i, j);
    }

    static void flatten(int[] c, double[] xs, double[] ys) {
        Crossings.flatten(c[0], c[1], c[2], c[1], c[3], c[4], c[5], c[4], xs, ys);
    }
}
