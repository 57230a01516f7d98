package no.bergen.fellesomradet.relations;

import static no.bergen.fellesomradet.relations.ColumnLayout.BOX_H;
import static no.bergen.fellesomradet.relations.ColumnLayout.BOX_W;
import static no.bergen.fellesomradet.relations.ColumnLayout.COLUMN;
import static no.bergen.fellesomradet.relations.ColumnLayout.GAP;
import static no.bergen.fellesomradet.relations.ColumnLayout.GROUP_HEADER;
import static no.bergen.fellesomradet.relations.ColumnLayout.MARGIN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A view's boxes and lines by number, for {@link ColumnLayout}, whose search places the boxes and
 * draws the lines of thousands of column states: positions go in arrays indexed by box, instead of
 * a map of boxes by name per state (that bookkeeping was a third of a layout's time).
 */
final class NumberedView {

    private final Map<String, Integer> index = new HashMap<>();
    /** Line {@code i} joins boxes {@code from[i]} and {@code to[i]}. */
    private final int[] from;
    private final int[] to;

    NumberedView(MapView view) {
        for (String slug : view.nodes()) index.put(slug, index.size());
        from = new int[view.edges().size()];
        to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = index.get(view.edges().get(i).a());
            to[i] = index.get(view.edges().get(i).b());
        }
    }

    int boxes() {
        return index.size();
    }

    int number(String slug) {
        return index.get(slug);
    }

    /** Each box's top-left corner in a column state, into {@code xs} and {@code ys} by number. */
    void positions(List<ColumnLayout.Column> columns, int[] xs, int[] ys) {
        int firstRow = ColumnLayout.firstRow(columns);
        for (int ci = 0; ci < columns.size(); ci++) {
            ColumnLayout.Column c = columns.get(ci);
            int x = ci * COLUMN + MARGIN;
            int y = firstRow;
            for (ColumnLayout.Group g : c.groups()) {
                y = Math.max(y, g.top());
                if (c.headed()) y += GROUP_HEADER;
                for (String slug : g.slugs()) {
                    int i = index.get(slug);
                    xs[i] = x;
                    ys[i] = y;
                    y += BOX_H + GAP;
                }
                if (c.headed()) y += GAP;
            }
        }
    }

    /**
     * Each line as {x1, y1, c1, c2, y2, x2}: a cubic curve from (x1, y1) to (x2, y2) with control
     * points (c1, y1) and (c2, y2), so it leaves and meets the boxes horizontally.
     */
    int[][] curves(int[] xs, int[] ys) {
        // Loops inside a column bulge in proportion to their length, so a shorter loop stays inside a longer one.
        Map<Integer, Integer> longestLoop = new HashMap<>();
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            if (xs[a] == xs[b]) longestLoop.merge(xs[a], Math.abs(ys[a] - ys[b]), Math::max);
        }
        int room = (COLUMN - BOX_W - 6) * 4 / 3;
        int[][] out = new int[from.length][];
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            int left = xs[a] <= xs[b] ? a : b;
            int right = left == a ? b : a;
            int y1 = ys[left] + BOX_H / 2;
            int y2 = ys[right] + BOX_H / 2;
            int x1 = xs[left] + BOX_W;
            int x2;
            int c1;
            int c2;
            if (xs[left] == xs[right]) {
                x2 = x1;
                int bend = 8 + (room - 8) * Math.abs(y2 - y1) / Math.max(1, longestLoop.get(xs[left]));
                c1 = x1 + bend;
                c2 = c1;
            } else {
                x2 = xs[right];
                c1 = (x1 + x2) / 2;
                c2 = c1;
            }
            out[e] = new int[] {x1, y1, c1, c2, y2, x2};
        }
        return out;
    }
}
