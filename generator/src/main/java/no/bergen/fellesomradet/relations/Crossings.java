package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts where the lines of a map cross: every curve is flattened into short straight segments and
 * each pair of segments from different lines is tested for a proper intersection (touching at an
 * end does not count, so lines that meet at a shared box do not cross there). Only lines whose
 * bounding boxes overlap are compared segment by segment (see {@link Polylines}).
 */
public final class Crossings {

    /** Straight pieces per cubic curve: enough to follow the bends of a map line. */
    public static final int STEPS = 8;

    private Crossings() { }

    public static int count(List<Drawing.Line> lines) {
        int n = lines.size();
        double[][] xs = new double[n][];
        double[][] ys = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Drawing.Point> p = lines.get(i).points();
            xs[i] = new double[p.size()];
            ys[i] = new double[p.size()];
            for (int k = 0; k < p.size(); k++) {
                xs[i][k] = p.get(k).x();
                ys[i][k] = p.get(k).y();
            }
        }
        return count(xs, ys);
    }

    /** Crossings between polylines: line {@code i} runs through the points {@code (xs[i][k], ys[i][k])}. */
    public static int count(double[][] xs, double[][] ys) {
        return count(xs, ys, Integer.MAX_VALUE);
    }

    /**
     * The same, but stops as soon as the count passes {@code limit} and then returns a number above
     * it: a layout search only needs to know that a candidate is no better than the best so far.
     */
    public static int count(double[][] xs, double[][] ys, int limit) {
        return count(new Polylines(xs, ys), limit);
    }

    static int count(Polylines lines, int limit) {
        int n = lines.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                count += lines.between(i, j);
                if (count > limit) return count;
            }
        }
        return count;
    }

    /** Points along a cubic Bézier curve, {@link #STEPS} pieces. */
    public static List<Drawing.Point> cubic(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        double[] xs = new double[STEPS + 1];
        double[] ys = new double[STEPS + 1];
        flatten(x0, y0, x1, y1, x2, y2, x3, y3, xs, ys);
        List<Drawing.Point> out = new ArrayList<>(STEPS + 1);
        for (int i = 0; i <= STEPS; i++) out.add(new Drawing.Point(xs[i], ys[i]));
        return out;
    }

    /** The same points into two arrays of {@code STEPS + 1}. */
    public static void flatten(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3,
                               double[] xs, double[] ys) {
        for (int i = 0; i <= STEPS; i++) {
            double t = (double) i / STEPS;
            double u = 1 - t;
            double a = u * u * u;
            double b = 3 * u * u * t;
            double c = 3 * u * t * t;
            double d = t * t * t;
            xs[i] = a * x0 + b * x1 + c * x2 + d * x3;
            ys[i] = a * y0 + b * y1 + c * y2 + d * y3;
        }
    }
}
