package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts where the lines of a map cross: every curve is flattened into short straight segments and
 * each pair of segments from different lines is tested for a proper intersection (touching at an
 * end does not count, so lines that meet at a shared box do not cross there). Only lines whose
 * bounding boxes overlap are compared segment by segment.
 */
public final class Crossings {

    /** Straight pieces per cubic curve: enough to follow the bends of a map line. */
    public static final int STEPS = 8;
    private static final double EPS = 1e-9;

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
        return count(xs, ys, null, limit);
    }

    /**
     * Only the crossings that involve at least one line marked in {@code changed}: when a layout
     * moves a few lines, the new total is the old one less these before the move plus these after.
     */
    public static int countInvolving(double[][] xs, double[][] ys, boolean[] changed) {
        return count(xs, ys, changed, Integer.MAX_VALUE);
    }

    private static int count(double[][] xs, double[][] ys, boolean[] changed, int limit) {
        int n = xs.length;
        double[][] box = new double[n][];
        for (int i = 0; i < n; i++) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int k = 0; k < xs[i].length; k++) {
                minX = Math.min(minX, xs[i][k]);
                maxX = Math.max(maxX, xs[i][k]);
                minY = Math.min(minY, ys[i][k]);
                maxY = Math.max(maxY, ys[i][k]);
            }
            box[i] = new double[] {minX, minY, maxX, maxY};
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (changed != null && !changed[i] && !changed[j]) continue;
                if (box[i][2] < box[j][0] || box[j][2] < box[i][0] || box[i][3] < box[j][1] || box[j][3] < box[i][1]) continue;
                count += between(xs[i], ys[i], xs[j], ys[j]);
                if (count > limit) return count;
            }
        }
        return count;
    }

    /**
     * Crossings between two polylines. Each segment holds its start but not its end, so a crossing
     * exactly at a corner is counted once (flattened curves that cross where both have a corner
     * would otherwise slip through), and only when the line really passes to the other side there:
     * a line that branches off another (along a shared spine) or touches it does not cross it. The
     * polylines' own ends are left out, so lines that leave or reach the same box do not cross there.
     */
    private static int between(double[] ax, double[] ay, double[] bx, double[] by) {
        int count = 0;
        for (int k = 0; k + 1 < ax.length; k++) {
            double minX = Math.min(ax[k], ax[k + 1]), maxX = Math.max(ax[k], ax[k + 1]);
            double minY = Math.min(ay[k], ay[k + 1]), maxY = Math.max(ay[k], ay[k + 1]);
            for (int m = 0; m + 1 < bx.length; m++) {
                if (Math.max(bx[m], bx[m + 1]) < minX || Math.min(bx[m], bx[m + 1]) > maxX
                        || Math.max(by[m], by[m + 1]) < minY || Math.min(by[m], by[m + 1]) > maxY) continue;
                double[] at = meeting(ax[k], ay[k], ax[k + 1], ay[k + 1], bx[m], by[m], bx[m + 1], by[m + 1]);
                if (at == null) continue;
                double t = at[0];
                double u = at[1];
                if (t == 0 && (k == 0 || !passes(ax[k - 1], ay[k - 1], ax[k + 1], ay[k + 1], bx[m], by[m], bx[m + 1], by[m + 1]))) continue;
                if (u == 0 && (m == 0 || !passes(bx[m - 1], by[m - 1], bx[m + 1], by[m + 1], ax[k], ay[k], ax[k + 1], ay[k + 1]))) continue;
                count++;
            }
        }
        return count;
    }

    /** Whether the points before and after a corner lie strictly on either side of the line through c and d. */
    private static boolean passes(double px, double py, double nx, double ny, double cx, double cy, double dx, double dy) {
        return orientation(cx, cy, dx, dy, px, py) * orientation(cx, cy, dx, dy, nx, ny) < 0;
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

    /**
     * Where segment a–b meets segment c–d, as the parameters {t, u} along each (0 at a or c), when
     * it is not at b or d; null when they do not meet there or are parallel.
     */
    static double[] meeting(double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
        double rx = bx - ax, ry = by - ay, sx = dx - cx, sy = dy - cy;
        double den = rx * sy - ry * sx;
        if (Math.abs(den) < EPS) return null;
        double qx = cx - ax, qy = cy - ay;
        double t = snap((qx * sy - qy * sx) / den);
        double u = snap((qx * ry - qy * rx) / den);
        return t >= 0 && t < 1 && u >= 0 && u < 1 ? new double[] {t, u} : null;
    }

    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return v > EPS ? 1 : v < -EPS ? -1 : 0;
    }

    /** Parameters within rounding error of a segment's start or end are taken as exactly there. */
    private static double snap(double t) {
        if (Math.abs(t) < EPS) return 0;
        if (Math.abs(t - 1) < EPS) return 1;
        return t;
    }
}
