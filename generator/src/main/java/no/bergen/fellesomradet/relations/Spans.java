package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spans of a view's lines while {@link ColumnLayout} searches its layout: a span is a line's
 * shape across the page (its x1, c1, c2 and x2), which every line between the same two columns
 * shares, and which a loop shares with the loops of its column that bulge as far. Kept for one
 * search on one thread, so that each {@link SpanPair} is worked out once for all its counts.
 */
final class Spans {

    /** The factor s at each point of the flattening: t²(3 − 2t) for t = i / STEPS. */
    static final double[] S = new double[Crossings.STEPS + 1];

    static {
        for (int i = 0; i <= Crossings.STEPS; i++) {
            double t = (double) i / Crossings.STEPS;
            S[i] = t * t * (3 - 2 * t);
        }
    }

    /**
     * A run of a span's flattened points that goes left to right ({@code xs} rising), with the factor
     * s at each; whether its left and right ends are ends of the line.
     */
    record Piece(double[] xs, double[] s, boolean lowIsEnd, boolean highIsEnd) {

        double low() {
            return xs[0];
        }

        double high() {
            return xs[xs.length - 1];
        }

        /** The factor s at x, between the points on either side. */
        double factor(double x) {
            int k = 0;
            while (k + 1 < xs.length && xs[k + 1] <= x) k++;
            if (xs[k] == x || k + 1 == xs.length) return s[k];
            return s[k] + (x - xs[k]) / (xs[k + 1] - xs[k]) * (s[k + 1] - s[k]);
        }
    }

    /** A span: its pieces (empty when some points share an x, which is left to the exact count) and its extent in x. */
    record Span(List<Piece> pieces, double minX, double maxX, boolean betweenColumns) { }

    /**
     * The first span met with each x1 and x2, and for each span the next with the same ends (loops
     * of one column differ by their bulge): a span is found by its exact shape.
     */
    private final Map<Long, Integer> byEnds = new HashMap<>();
    private final List<int[]> shapes = new ArrayList<>();
    private final List<Integer> sameEnds = new ArrayList<>();
    private final List<Span> spans = new ArrayList<>();
    private SpanPair[][] pairs = new SpanPair[0][];

    /** The span of a curve {x1, y1, c1, c2, y2, x2}, as a number. */
    int id(int[] c) {
        long ends = (long) c[0] << 32 | (c[5] & 0xFFFFFFFFL);
        Integer first = byEnds.get(ends);
        int last = -1;
        for (int id = first == null ? -1 : first; id >= 0; id = sameEnds.get(id)) {
            int[] shape = shapes.get(id);
            if (shape[1] == c[2] && shape[2] == c[3]) return id;
            last = id;
        }
        int id = spans.size();
        spans.add(span(c));
        shapes.add(new int[] {c[0], c[2], c[3], c[5]});
        sameEnds.add(-1);
        if (last < 0) byEnds.put(ends, id);
        else sameEnds.set(last, id);
        return id;
    }

    Span span(int id) {
        return spans.get(id);
    }

    SpanPair pair(int a, int b) {
        if (pairs.length < spans.size()) {
            SpanPair[][] grown = new SpanPair[spans.size() + 8][spans.size() + 8];
            for (int k = 0; k < pairs.length; k++) System.arraycopy(pairs[k], 0, grown[k], 0, pairs[k].length);
            pairs = grown;
        }
        SpanPair p = pairs[a][b];
        if (p == null) {
            p = SpanPair.of(spans.get(a), spans.get(b));
            pairs[a][b] = p;
        }
        return p;
    }

    private static Span span(int[] c) {
        double[] xs = new double[Crossings.STEPS + 1];
        ColumnLines.flatten(c, xs, new double[Crossings.STEPS + 1]);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double x : xs) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return new Span(pieces(xs), min, max, c[0] != c[5]);
    }

    /** The runs between the points where the curve turns back, each left to right. */
    private static List<Piece> pieces(double[] xs) {
        List<Piece> pieces = new ArrayList<>();
        int last = xs.length - 1;
        int from = 0;
        while (from < last) {
            if (xs[from + 1] == xs[from]) return List.of();
            boolean rising = xs[from + 1] > xs[from];
            int to = from + 1;
            while (to < last && xs[to + 1] != xs[to] && (xs[to + 1] > xs[to]) == rising) to++;
            double[] px = Arrays.copyOfRange(xs, from, to + 1);
            double[] ps = Arrays.copyOfRange(S, from, to + 1);
            boolean startIsEnd = from == 0;
            boolean stopIsEnd = to == last;
            if (rising) {
                pieces.add(new Piece(px, ps, startIsEnd, stopIsEnd));
            } else {
                reverse(px);
                reverse(ps);
                pieces.add(new Piece(px, ps, stopIsEnd, startIsEnd));
            }
            from = to;
        }
        return pieces;
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
