package no.bergen.fellesomradet.relations;

/**
 * Lines as flat arrays of points, with each segment's bounding box worked out once, so that
 * {@link Crossings} can compare many pairs of lines without recomputing or allocating.
 */
final class Polylines {

    private static final double EPS = 1e-9;

    /** Line {@code i}'s points are {@code x[start[i]] … x[start[i + 1] - 1]}. */
    private final int[] start;
    private final double[] x;
    private final double[] y;
    /** The bounding box of the segment from point p to point p + 1 (unused at a line's last point). */
    private final double[] segMinX;
    private final double[] segMaxX;
    private final double[] segMinY;
    private final double[] segMaxY;
    /** Each line's bounding box: minX, minY, maxX, maxY. */
    private final double[] box;
    /** Whether a line runs left to right without turning back (every line between two columns does). */
    private final boolean[] rightwards;

    Polylines(double[][] xs, double[][] ys) {
        int n = xs.length;
        start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + xs[i].length;
        int total = start[n];
        x = new double[total];
        y = new double[total];
        segMinX = new double[total];
        segMaxX = new double[total];
        segMinY = new double[total];
        segMaxY = new double[total];
        box = new double[4 * n];
        rightwards = new boolean[n];
        for (int i = 0; i < n; i++) place(i, xs[i], ys[i]);
    }

    int size() {
        return start.length - 1;
    }

    /** Copies line {@code i}'s points and works out its boxes. */
    private void place(int i, double[] xs, double[] ys) {
        int from = start[i];
        int to = start[i + 1];
        System.arraycopy(xs, 0, x, from, xs.length);
        System.arraycopy(ys, 0, y, from, ys.length);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        boolean onwards = true;
        for (int p = from; p < to; p++) {
            if (p + 1 < to && x[p + 1] < x[p]) onwards = false;
            minX = Math.min(minX, x[p]);
            maxX = Math.max(maxX, x[p]);
            minY = Math.min(minY, y[p]);
            maxY = Math.max(maxY, y[p]);
            if (p + 1 < to) {
                segMinX[p] = Math.min(x[p], x[p + 1]);
                segMaxX[p] = Math.max(x[p], x[p + 1]);
                segMinY[p] = Math.min(y[p], y[p + 1]);
                segMaxY[p] = Math.max(y[p], y[p + 1]);
            }
        }
        box[4 * i] = minX;
        box[4 * i + 1] = minY;
        box[4 * i + 2] = maxX;
        box[4 * i + 3] = maxY;
        rightwards[i] = onwards;
    }

    /** Whether the bounding boxes of lines i and j overlap (touching counts). */
    boolean near(int i, int j) {
        int a = 4 * i;
        int b = 4 * j;
        return !(box[a + 2] < box[b] || box[b + 2] < box[a] || box[a + 3] < box[b + 1] || box[b + 3] < box[a + 1]);
    }

    /**
     * Crossings between lines i and j. Each segment holds its start but not its end, so a crossing
     * exactly at a corner is counted once (flattened curves that cross where both have a corner
     * would otherwise slip through), and only when the line really passes to the other side there:
     * a line that branches off another (along a shared spine) or touches it does not cross it. The
     * lines' own ends are left out, so lines that leave or reach the same box do not cross there.
     */
    int between(int i, int j) {
        if (!near(i, j)) return 0;
        int aFrom = start[i];
        int aLast = start[i + 1] - 1;
        int bFrom = start[j];
        int bLast = start[j + 1] - 1;
        double bMinX = box[4 * j], bMinY = box[4 * j + 1], bMaxX = box[4 * j + 2], bMaxY = box[4 * j + 3];
        int count = 0;
        if (rightwards[i] && rightwards[j]) {
            // Both run left to right, so the segments of j that reach into a segment of i's width
            // are a run that only moves right as i's segments do: the same pairs, found in one pass.
            int first = bFrom;
            for (int k = aFrom; k < aLast; k++) {
                double minX = segMinX[k], maxX = segMaxX[k], minY = segMinY[k], maxY = segMaxY[k];
                while (first < bLast && segMaxX[first] < minX) first++;
                if (bMaxY < minY || bMinY > maxY) continue;
                for (int m = first; m < bLast && segMinX[m] <= maxX; m++) {
                    if (segMaxY[m] < minY || segMinY[m] > maxY) continue;
                    count += crossesAt(k, k == aFrom, m, m == bFrom);
                }
            }
            return count;
        }
        for (int k = aFrom; k < aLast; k++) {
            double minX = segMinX[k], maxX = segMaxX[k], minY = segMinY[k], maxY = segMaxY[k];
            if (bMaxX < minX || bMinX > maxX || bMaxY < minY || bMinY > maxY) continue;
            for (int m = bFrom; m < bLast; m++) {
                if (segMaxX[m] < minX || segMinX[m] > maxX || segMaxY[m] < minY || segMinY[m] > maxY) continue;
                count += crossesAt(k, k == aFrom, m, m == bFrom);
            }
        }
        return count;
    }

    /**
     * 1 when segment k (of one line) crosses segment m (of another), else 0: they meet at a point
     * other than either's end, and where they meet at a segment's start (a corner), the line
     * passes to the other side there; a line's first point never counts.
     */
    private int crossesAt(int k, boolean kFirst, int m, boolean mFirst) {
        double ax = x[k], ay = y[k], bx = x[k + 1], by = y[k + 1];
        double cx = x[m], cy = y[m], dx = x[m + 1], dy = y[m + 1];
        double rx = bx - ax, ry = by - ay, sx = dx - cx, sy = dy - cy;
        double den = rx * sy - ry * sx;
        if (Math.abs(den) < EPS) return 0;
        double qx = cx - ax, qy = cy - ay;
        double t = snap((qx * sy - qy * sx) / den);
        double u = snap((qx * ry - qy * rx) / den);
        if (!(t >= 0 && t < 1 && u >= 0 && u < 1)) return 0;
        if (t == 0 && (kFirst || !passes(x[k - 1], y[k - 1], bx, by, cx, cy, dx, dy))) return 0;
        if (u == 0 && (mFirst || !passes(x[m - 1], y[m - 1], dx, dy, ax, ay, bx, by))) return 0;
        return 1;
    }

    /** Whether the points before and after a corner lie strictly on either side of the line through c and d. */
    private static boolean passes(double px, double py, double nx, double ny, double cx, double cy, double dx, double dy) {
        return orientation(cx, cy, dx, dy, px, py) * orientation(cx, cy, dx, dy, nx, ny) < 0;
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
