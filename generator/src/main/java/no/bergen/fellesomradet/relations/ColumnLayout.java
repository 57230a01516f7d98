package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Entry;

/**
 * Lays out a {@link MapView} in columns: one per byrådsavdeling (its etater as headed groups), one
 * for services run outside the kommune and one for the cooperation structures. A line joins two
 * boxes from the right edge of one to the left edge of the other, or loops out to the right when
 * both are in one column.
 *
 * <p>Crossings are kept few in three steps, each judged by counting them ({@link Crossings}):
 * <ol>
 *   <li>the column order: every order is scored by how far its lines reach (lines that pass
 *       over columns cross what is there), and the best {@link #ORDERS} are tried in full;</li>
 *   <li>the order inside a column: a barycentre pass moves each etat's group, and each box in its
 *       group, to the average height of the boxes it is joined to, and then each group down
 *       towards that height ({@link #PASSES} passes at most); the pass with the fewest crossings
 *       is kept;</li>
 *   <li>swaps: adjacent groups, and adjacent boxes in a group, change places where that crosses
 *       less ({@link #SWEEPS} sweeps at most).</li>
 * </ol>
 * On the real content this takes the whole map from 3,859 crossings in catalog order to 1,463
 * (docs/samarbeidskart.md). A view with more than {@link #COUNT_LIMIT} lines is only barycentre
 * ordered, without counting, so the cost stays linear on a large site.
 * Groups stay whole, so the picture is still read by byrådsavdeling and etat.
 */
public final class ColumnLayout {

    /** Four columns fit the page's 60rem text column (928 px) without scrolling. */
    static final int BOX_W = 200;
    /** Box width plus room for the lines that loop back into their own column. */
    static final int COLUMN = 236;
    static final int BOX_H = 26;
    static final int GAP = 6;
    /** Room above the first box for a heading of one line; each further line adds {@link #HEADER_LINE}. */
    static final int HEADER = 24;
    static final int HEADER_LINE = 16;
    /** Characters per heading line at 13 px bold in a box's width. */
    static final int HEADER_CHARS = 26;
    static final int GROUP_HEADER = 22;
    static final int MARGIN = 8;
    /** Characters of a name that fit a box at 11.5 px in DejaVu Sans, one of the widest common fonts. */
    static final int MAX_CHARS = 28;
    static final int PASSES = 12;
    /** Barycentre passes stop after this many without fewer crossings. */
    static final int PATIENCE = 3;
    static final int SWEEPS = 3;
    static final int ORDERS = 6;
    /**
     * Above this many lines a map is laid out without counting (every count compares each pair of
     * lines), and its crossings are not stated.
     */
    static final int COUNT_LIMIT = 400;

    private final CooperationGraph graph;
    private final LayoutMemory memory;

    public ColumnLayout(CooperationGraph graph) {
        this(graph, LayoutMemory.NONE);
    }

    /** With layouts found by earlier builds, which it reuses where a view has not changed. */
    public ColumnLayout(CooperationGraph graph, LayoutMemory memory) {
        this.graph = graph;
        this.memory = memory;
    }

    /** One column while the layout is searched: its groups, each with its slugs in their current order. */
    record Column(String key, String name, boolean headed, List<Group> groups) { }

    /** {@code top}: where the group should start, if lower than right under the one above it. */
    record Group(CooperationGraph.Group group, List<String> slugs, int top) { }

    /** The layout with the fewest crossings found, or the one found for the same view before. */
    public Drawing draw(MapView view) {
        if (view.edges().size() > COUNT_LIMIT) return place(searched(view, false).columns(), view, false);
        String key = RememberedLayouts.key(view, graph);
        List<Column> columns = memory.recall(key).flatMap(lines -> RememberedLayouts.decode(lines, columns(view)))
                .orElseGet(() -> searched(view, true).columns());
        memory.remember(key, RememberedLayouts.encode(columns));
        return place(columns, view, true);
    }

    private Candidate searched(MapView view, boolean count) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (CooperationGraph.Edge e : view.edges()) {
            neighbours.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(e.b());
            neighbours.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(e.a());
        }
        NumberedView numbered = new NumberedView(view);
        Spans spans = new Spans();
        Candidate best = null;
        for (List<Column> order : columnOrders(columns(view), view, count ? ORDERS : 1)) {
            Candidate c = ordered(order, view, numbered, spans, neighbours, count, best == null ? Integer.MAX_VALUE : best.crossings());
            if (best == null || c.crossings() < best.crossings()) best = c;
        }
        return count ? refined(best, numbered, spans) : best;
    }

    /** The crossings of a column state's lines, counted up to {@code limit}; its box tops in {@code ys}. */
    private static int crossings(List<Column> columns, NumberedView numbered, Spans spans, int limit, int[] ys) {
        int[] xs = new int[numbered.boxes()];
        numbered.positions(columns, xs, ys);
        return new ColumnLines(numbered.curves(xs, ys), spans).count(limit);
    }

    /**
     * Barycentres leave crossings that one swap of neighbours would remove: each pair of adjacent
     * groups in a column, and of adjacent boxes in a group, is swapped when that crosses less
     * ({@link #SWEEPS} sweeps at most, fewer when one changes nothing). A swap moves few lines, so
     * only the crossings of the lines it moved are counted again.
     */
    private Candidate refined(Candidate start, NumberedView numbered, Spans spans) {
        List<Column> state = copy(start.columns());
        int[] xs = new int[numbered.boxes()];
        int[] ys = new int[numbered.boxes()];
        numbered.positions(state, xs, ys);
        SwapTrial trial = new SwapTrial(numbered.curves(xs, ys), spans);
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean changed = false;
            for (Column c : state) {
                List<Group> groups = c.groups();
                for (int i = 0; i + 1 < groups.size(); i++) {
                    Group a = groups.get(i);
                    Group b = groups.get(i + 1);
                    groups.set(i, new Group(b.group(), b.slugs(), a.top()));
                    groups.set(i + 1, new Group(a.group(), a.slugs(), b.top()));
                    numbered.positions(state, xs, ys);
                    if (trial.keeps(numbered.curves(xs, ys))) {
                        changed = true;
                    } else {
                        groups.set(i, a);
                        groups.set(i + 1, b);
                    }
                }
                // Two neighbours in a group only trade places: nothing else moves.
                numbered.positions(state, xs, ys);
                for (Group g : groups) {
                    List<String> slugs = g.slugs();
                    for (int i = 0; i + 1 < slugs.size(); i++) {
                        Collections.swap(slugs, i, i + 1);
                        swap(ys, numbered.number(slugs.get(i)), numbered.number(slugs.get(i + 1)));
                        if (trial.keeps(numbered.curves(xs, ys))) {
                            changed = true;
                        } else {
                            Collections.swap(slugs, i, i + 1);
                            swap(ys, numbered.number(slugs.get(i)), numbered.number(slugs.get(i + 1)));
                        }
                    }
                }
            }
            if (!changed) break;
        }
        return new Candidate(state, trial.crossings());
    }

    private static void swap(int[] values, int i, int j) {
        int v = values[i];
        values[i] = values[j];
        values[j] = v;
    }

    /** A column state found by the search and its crossings. */
    private record Candidate(List<Column> columns, int crossings) { }

    /** The layout as first given: columns, groups and boxes in catalog and title order. For comparison. */
    public Drawing unordered(MapView view) {
        return place(columns(view), view, true);
    }

    private List<Column> columns(MapView view) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<CooperationGraph.Group, Group> groups = new LinkedHashMap<>();
        for (String slug : view.nodes()) {
            CooperationGraph.Group g = graph.group(slug);
            groups.computeIfAbsent(g, k -> new Group(k, new ArrayList<>(), 0)).slugs().add(slug);
        }
        groups.values().stream().sorted(Comparator.comparingInt(g -> g.group().order())).forEach(g -> {
            String col = g.group().column();
            boolean headed = !col.equals(CooperationGraph.OTHERS) && !col.equals(CooperationGraph.STRUCTURES);
            columns.computeIfAbsent(col, k -> new Column(k, g.group().columnName(), headed, new ArrayList<>())).groups().add(g);
        });
        return new ArrayList<>(columns.values());
    }

    /**
     * Column orders to try in full: all orders (up to seven columns) ranked by the total number of
     * columns the lines span, the catalog order always among them.
     */
    private List<List<Column>> columnOrders(List<Column> columns, MapView view, int keep) {
        int n = columns.size();
        if (n <= 1 || n > 7) return List.of(columns);
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Group g : columns.get(i).groups()) for (String s : g.slugs()) columnOf.put(s, i);
        }
        int[][] between = new int[n][n];
        for (CooperationGraph.Edge e : view.edges()) between[columnOf.get(e.a())][columnOf.get(e.b())]++;
        List<int[]> perms = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, perms);
        List<int[]> ranked = new ArrayList<>(perms);
        ranked.sort(Comparator.comparingInt((int[] p) -> span(p, between)));
        List<List<Column>> out = new ArrayList<>();
        out.add(columns);
        for (int[] p : ranked) {
            if (out.size() >= keep) break;
            List<Column> order = new ArrayList<>();
            for (int i : p) order.add(columns.get(i));
            if (!order.equals(columns)) out.add(order);
        }
        return out;
    }

    private static void permute(int[] current, boolean[] used, int depth, List<int[]> out) {
        if (depth == current.length) {
            out.add(current.clone());
            return;
        }
        for (int i = 0; i < current.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            current[depth] = i;
            permute(current, used, depth + 1, out);
            used[i] = false;
        }
    }

    /** Lines times the columns they reach across, for a column order ({@code order[position] = column}). */
    private static int span(int[] order, int[][] between) {
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) position[order[i]] = i;
        int total = 0;
        for (int a = 0; a < between.length; a++) {
            for (int b = 0; b < between.length; b++) total += between[a][b] * Math.abs(position[a] - position[b]);
        }
        return total;
    }

    /**
     * Barycentre passes over one column order; the pass with the fewest crossings. Counting stops
     * above {@code bound} (the best of the orders tried before) or above this order's best so far.
     */
    private Candidate ordered(List<Column> columns, MapView view, NumberedView numbered, Spans spans,
                              Map<String, List<String>> neighbours, boolean count, int bound) {
        List<Column> current = copy(columns);
        int firstRow = firstRow(columns);
        int[] lastTops = new int[numbered.boxes()];
        int lastCrossings = count ? crossings(current, numbered, spans, bound, lastTops) : placed(current, numbered, lastTops);
        Candidate best = new Candidate(current, lastCrossings);
        int idle = 0;
        for (int pass = 0; pass < PASSES && idle < PATIENCE; pass++) {
            Map<String, Double> height = new HashMap<>();
            for (String slug : view.nodes()) height.put(slug, lastTops[numbered.number(slug)] + BOX_H / 2.0);
            Map<String, Double> target = new HashMap<>();
            for (String slug : view.nodes()) {
                List<String> ns = neighbours.getOrDefault(slug, List.of());
                target.put(slug, ns.isEmpty() ? height.get(slug) : ns.stream().mapToDouble(height::get).average().orElseThrow());
            }
            Comparator<String> byTarget = Comparator.comparingDouble((String s) -> target.get(s)).thenComparing(s -> s);
            List<Column> stacked = new ArrayList<>();
            List<Column> lowered = new ArrayList<>();
            for (Column c : current) {
                List<Group> groups = new ArrayList<>();
                Map<CooperationGraph.Group, Double> mean = new HashMap<>();
                for (Group g : c.groups()) {
                    groups.add(new Group(g.group(), g.slugs().stream().sorted(byTarget).toList(), 0));
                    mean.put(g.group(), g.slugs().stream().mapToDouble(target::get).average().orElseThrow());
                }
                groups.sort(Comparator.comparingDouble((Group g) -> mean.get(g.group())).thenComparingInt(g -> g.group().order()));
                stacked.add(new Column(c.key(), c.name(), c.headed(), groups));
                lowered.add(new Column(c.key(), c.name(), c.headed(), lowered(groups, c.headed(), target, firstRow)));
            }
            // Groups moved towards their partners usually cross less, but not always: both are counted,
            // and the next pass starts from the moved ones either way (so counting may stop early).
            int limit = Math.min(bound, best.crossings());
            int[] bTops = new int[numbered.boxes()];
            int b = count ? crossings(lowered, numbered, spans, limit, bTops) : placed(lowered, numbered, bTops);
            int[] aTops = new int[numbered.boxes()];
            int a = count ? crossings(stacked, numbered, spans, Math.min(limit, b), aTops) : b;
            boolean low = !count || b <= a;
            current = low ? lowered : stacked;
            lastTops = low ? bTops : aTops;
            if (!count || (low ? b : a) < best.crossings()) {
                best = low ? new Candidate(lowered, b) : new Candidate(stacked, a);
                idle = 0;
            } else {
                idle++;
            }
        }
        return best;
    }

    /** Places a state without counting its crossings (stated as -1); its box tops in {@code ys}. */
    private static int placed(List<Column> columns, NumberedView numbered, int[] ys) {
        numbered.positions(columns, new int[numbered.boxes()], ys);
        return -1;
    }

    /**
     * Each group moved down towards the height of the boxes it is joined to, in order and without
     * overlapping: the least-squares placement under those constraints (pool adjacent violators on
     * the wanted tops less the heights above), so short columns sit beside their partners instead
     * of at the top.
     */
    private static List<Group> lowered(List<Group> groups, boolean headed, Map<String, Double> target, int firstRow) {
        int n = groups.size();
        double[] wanted = new double[n];
        double[] weight = new double[n];
        int above = 0;
        int[] stacked = new int[n];
        for (int i = 0; i < n; i++) {
            Group g = groups.get(i);
            int h = height(g, headed);
            double centre = g.slugs().stream().mapToDouble(target::get).average().orElseThrow();
            stacked[i] = above;
            wanted[i] = centre - h / 2.0 - above;
            weight[i] = g.slugs().size();
            above += h;
        }
        double[] fitted = isotonic(wanted, weight);
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int top = (int) Math.round(Math.max(firstRow, fitted[i])) + stacked[i];
            out.add(new Group(groups.get(i).group(), groups.get(i).slugs(), top));
        }
        return out;
    }

    private static int height(Group g, boolean headed) {
        return (headed ? GROUP_HEADER + GAP : 0) + g.slugs().size() * (BOX_H + GAP);
    }

    /** Weighted least-squares non-decreasing fit (pool adjacent violators). */
    static double[] isotonic(double[] y, double[] w) {
        int n = y.length;
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] size = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            value[blocks] = y[i];
            weight[blocks] = w[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
                double sw = weight[blocks - 2] + weight[blocks - 1];
                value[blocks - 2] = (value[blocks - 2] * weight[blocks - 2] + value[blocks - 1] * weight[blocks - 1]) / sw;
                weight[blocks - 2] = sw;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }
        double[] out = new double[n];
        int k = 0;
        for (int b = 0; b < blocks; b++) {
            for (int j = 0; j < size[b]; j++) out[k++] = value[b];
        }
        return out;
    }

    /** A state the search may change in place: its lists are copies. */
    private static List<Column> copy(List<Column> columns) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            List<Group> groups = new ArrayList<>();
            for (Group g : c.groups()) groups.add(new Group(g.group(), new ArrayList<>(g.slugs()), g.top()));
            out.add(new Column(c.key(), c.name(), c.headed(), groups));
        }
        return out;
    }

    /**
     * The drawing of a column state: boxes, headings and lines, where {@link NumberedView} puts the
     * boxes and draws the lines, and the lines' crossings when {@code count}.
     */
    private Drawing place(List<Column> columns, MapView view, boolean count) {
        NumberedView numbered = new NumberedView(view);
        int[] xs = new int[numbered.boxes()];
        int[] ys = new int[numbered.boxes()];
        numbered.positions(columns, xs, ys);
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Text> texts = new ArrayList<>();
        int height = 0;
        int firstRow = firstRow(columns);
        for (int ci = 0; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            int x = ci * COLUMN + MARGIN;
            List<String> heading = headerLines(c.name());
            for (int i = 0; i < heading.size(); i++) texts.add(new Drawing.Text(heading.get(i), "", x, 14 + HEADER_LINE * i, "kolonne"));
            int y = firstRow;
            for (Group g : c.groups()) {
                y = Math.max(y, g.top());
                if (c.headed()) {
                    String name = g.group().name();
                    boolean cut = name.length() > 36;
                    texts.add(new Drawing.Text(cut ? name.substring(0, 35).strip() + "…" : name, cut ? name : "", x, y + 15, "etat"));
                    y += GROUP_HEADER;
                }
                for (String slug : g.slugs()) {
                    boxes.add(box(slug, x, ys[numbered.number(slug)], view));
                    y += BOX_H + GAP;
                }
                if (c.headed()) y += GAP;
            }
            height = Math.max(height, y);
        }
        int width = Math.max(1, columns.size()) * COLUMN - (COLUMN - BOX_W) + 2 * MARGIN;
        int[][] curves = numbered.curves(xs, ys);
        int crossings = count ? new ColumnLines(curves).count(Integer.MAX_VALUE) : -1;
        List<Drawing.Line> lines = new ArrayList<>();
        for (int i = 0; i < curves.length; i++) {
            int[] c = curves[i];
            String path = "M" + c[0] + " " + c[1] + "C" + c[2] + " " + c[1] + " " + c[3] + " " + c[4] + " " + c[5] + " " + c[4];
            lines.add(new Drawing.Line(view.edges().get(i), path, Crossings.cubic(c[0], c[1], c[2], c[1], c[3], c[4], c[5], c[4])));
        }
        return new Drawing(width, height + MARGIN, boxes, texts, lines, crossings);
    }

    /** An entry's box as drawn: its name (shortened to fit) and its type, marked when the view is about it. */
    private Drawing.Box box(String slug, int x, int y, MapView view) {
        Entry e = graph.node(slug);
        boolean cut = e.title().length() > MAX_CHARS;
        String label = cut ? e.title().substring(0, MAX_CHARS - 1).strip() + "…" : e.title();
        String css = e.type().key() + (view.focus().contains(slug) ? " fokus" : "");
        return new Drawing.Box(slug, x, y, BOX_W, BOX_H, List.of(label), cut, css, true);
    }

    /** A column's heading, broken between words into lines that fit the column. */
    private static List<String> headerLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > HEADER_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Where the first box of a column may start: below the tallest heading. */
    static int firstRow(List<Column> columns) {
        int lines = columns.stream().mapToInt(c -> headerLines(c.name()).size()).max().orElse(1);
        return HEADER + HEADER_LINE * (lines - 1);
    }
}
