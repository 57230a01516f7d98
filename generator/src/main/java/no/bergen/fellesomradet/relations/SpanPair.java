package no.bergen.fellesomradet.relations;

import java.util.Arrays;

/**
 * Two spans of a {@link ColumnLayout}'s lines ({@link Spans}), for {@link ColumnLines}: where a line
 * of one can cross a line of the other, and how often it does, from the lines' heights alone.
 *
 * <p>Each point of a flattened line lies at {@code y1 + (y2 - y1) * s}, where the x and the factor s
 * of every point are the same for all lines of one span. A span is cut where it turns back (a loop
 * has two pieces), so that each piece runs left to right. Where two pieces overlap, both are
 * straight between the corners of either, so the vertical gap between two lines is straight there
 * too, and the lines cross once wherever it changes sign from one corner to the next. A gap within
 * {@link #TOUCH} of 0 is a touch, a shared segment or a crossing at a corner, which the exact count
 * in {@link Polylines} decides; only a point where both lines end (two lines at one box) is left
 * out here, as there.
 */
final class SpanPair {

    /** The answer when two lines touch or meet at a corner: the exact count decides. */
    static final int UNSURE = -1;
    /**
     * Closer than this at a corner (in px), a crossing could fall within the exact count's rounding
     * of a corner (10⁻⁹ of a segment); farther, it cannot on any map this tool draws.
     */
    private static final double TOUCH = 1e-3;

    /** For each pair of overlapping pieces: where its corners start in {@link #first} and {@link #second}. */
    private final int[] start;
    /** The factor s of a line of each span at every corner of either piece, left to right. */
    private final double[] first;
    private final double[] second;
    /** Whether both lines end at a pair's first (last) corner, so that meeting there is no crossing. */
    private final boolean[] bothEndFirst;
    private final boolean[] bothEndLast;
    /** Whether some pieces meet in a single point only, or a span has no pieces: too close to call. */
    private final boolean unsure;

    private SpanPair(int[] start, double[] first, double[] second, boolean[] bothEndFirst, boolean[] bothEndLast, boolean unsure) {
        this.start = start;
        this.first = first;
        this.second = second;
        this.bothEndFirst = bothEndFirst;
        this.bothEndLast = bothEndLast;
        this.unsure = unsure;
    }

    static SpanPair of(Spans.Span a, Spans.Span b) {
        int pairs = a.pieces().size() * b.pieces().size();
        int[] start = new int[pairs + 1];
        double[] first = new double[pairs * 2 * (Crossings.STEPS + 1)];
        double[] second = new double[first.length];
        boolean[] endFirst = new boolean[pairs];
        boolean[] endLast = new boolean[pairs];
        boolean unsure = a.pieces().isEmpty() || b.pieces().isEmpty();
        int p = 0;
        int n = 0;
        for (Spans.Piece pa : a.pieces()) {
            for (Spans.Piece pb : b.pieces()) {
                double from = Math.max(pa.low(), pb.low());
                double to = Math.min(pa.high(), pb.high());
                if (from > to) continue;
                if (from == to) {
                    unsure = true;
                    continue;
                }
                double[] corners = new double[pa.xs().length + pb.xs().length];
                int c = 0;
                for (double x : pa.xs()) if (x >= from && x <= to) corners[c++] = x;
                for (double x : pb.xs()) if (x >= from && x <= to) corners[c++] = x;
                Arrays.sort(corners, 0, c);
                for (int k = 0; k < c; k++) {
                    if (k > 0 && corners[k] == corners[k - 1]) continue;
                    first[n] = pa.factor(corners[k]);
                    second[n] = pb.factor(corners[k]);
                    n++;
                }
                endFirst[p] = pa.low() == pb.low() && pa.lowIsEnd() && pb.lowIsEnd();
                endLast[p] = pa.high() == pb.high() && pa.highIsEnd() && pb.highIsEnd();
                start[++p] = n;
            }
        }
        return new SpanPair(Arrays.copyOf(start, p + 1), Arrays.copyOf(first, n), Arrays.copyOf(second, n),
                Arrays.copyOf(endFirst, p), Arrays.copyOf(endLast, p), unsure);
    }

    /**
     * How often a line of the first span, from height a1 to a2, crosses one of the second, from b1
     * to b2; {@link #UNSURE} when they touch or meet at a corner.
     */
    int crossings(int a1, int a2, int b1, int b2) {
        if (unsure) return UNSURE;
        double da = a2 - a1;
        double db = b2 - b1;
        int count = 0;
        for (int p = 0; p + 1 < start.length; p++) {
            int from = start[p];
            int last = start[p + 1] - 1;
            int side = 0;
            for (int k = from; k <= last; k++) {
                double gap = (a1 + da * first[k]) - (b1 + db * second[k]);
                if (gap == 0 && ((k == from && bothEndFirst[p]) || (k == last && bothEndLast[p]))) continue;
                if (Math.abs(gap) < TOUCH) return UNSURE;
                int now = gap > 0 ? 1 : -1;
                if (side != 0 && now != side) count++;
                side = now;
            }
        }
        return count;
    }
}
