package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Entry;

/**
 * An entry's own map: the entry in the middle, across the whole width, and the services and
 * cooperation structures it works with above and below it, in groups by etat, each joined to it by
 * a line along a spine on the left. One column {@link #WIDTH} units wide: on a 320 px phone the map
 * is shown at its own size, neither scaled down nor scrolled sideways, and names wrap instead of
 * being cut. Lines meet only on the spine, so none cross.
 */
public final class NeighbourhoodLayout {

    static final int WIDTH = 300;
    static final int SPINE = 12;
    static final int INDENT = 28;
    static final int LINE = 15;
    static final int BOX_PAD = 9;
    static final int GAP = 4;
    static final int GROUP_HEADER = 17;
    static final int GROUP_GAP = 8;
    /** Characters per line at 12 px in a box 272 units wide, in DejaVu Sans (wider than most system fonts). */
    static final int CHARS = 42;
    static final int CENTRE_CHARS = 32;
    static final int CENTRE_LINE = 18;

    private final CooperationGraph graph;

    public NeighbourhoodLayout(CooperationGraph graph) {
        this.graph = graph;
    }

    /** The groups of an entry's partners, in catalog order, each sorted by title. */
    public Map<CooperationGraph.Group, List<Entry>> groups(String slug) {
        Map<CooperationGraph.Group, List<Entry>> out = new LinkedHashMap<>();
        for (Entry p : graph.partners(slug)) out.computeIfAbsent(graph.group(p.slug()), k -> new ArrayList<>()).add(p);
        return out;
    }

    /** The map, or null when the entry works with no one. */
    public Drawing draw(String slug) {
        Map<CooperationGraph.Group, List<Entry>> groups = groups(slug);
        if (groups.isEmpty()) return null;
        List<CooperationGraph.Group> order = new ArrayList<>(groups.keySet());
        int[] heights = order.stream().mapToInt(g -> height(groups.get(g))).toArray();
        int above = split(heights);

        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Text> texts = new ArrayList<>();
        List<Drawing.Line> lines = new ArrayList<>();
        int y = 0;
        for (int i = 0; i < above; i++) y = group(order.get(i), groups.get(order.get(i)), y, boxes, texts);
        Entry self = graph.node(slug);
        Wrapped title = wrap(self.title(), CENTRE_CHARS, 3);
        int centreTop = y + (above > 0 ? GROUP_GAP : 0);
        int centreHeight = 2 * BOX_PAD + title.lines().size() * CENTRE_LINE - 4;
        boxes.add(new Drawing.Box(slug, 0, centreTop, WIDTH, centreHeight, title.lines(), title.shortened(), "midt", false));
        int centreBottom = centreTop + centreHeight;
        y = centreBottom + GROUP_GAP;
        for (int i = above; i < order.size(); i++) y = group(order.get(i), groups.get(order.get(i)), y, boxes, texts);

        Map<String, CooperationGraph.Edge> edgeTo = new LinkedHashMap<>();
        for (CooperationGraph.Edge e : graph.edgesOf(slug)) edgeTo.put(e.other(slug), e);
        for (Drawing.Box b : boxes) {
            if (!b.link()) continue;
            int row = b.y() + b.h() / 2;
            int from = b.y() < centreTop ? centreTop : centreBottom;
            String path = "M" + SPINE + " " + from + "V" + row + "H" + INDENT;
            lines.add(new Drawing.Line(edgeTo.get(b.slug()), path, List.of(new Drawing.Point(SPINE, from),
                    new Drawing.Point(SPINE, row), new Drawing.Point(INDENT, row))));
        }
        return new Drawing(WIDTH, y - GROUP_GAP + 2, boxes, texts, lines, Crossings.count(lines));
    }

    /** How many groups go above the entry: the split that leaves the two halves closest in height (fewer above on a tie). */
    static int split(int[] heights) {
        int total = 0;
        for (int h : heights) total += h;
        int best = 0;
        int bestDiff = total;
        int sum = 0;
        for (int k = 1; k < heights.length; k++) {
            sum += heights[k - 1];
            int diff = Math.abs(total - 2 * sum);
            if (diff < bestDiff) {
                best = k;
                bestDiff = diff;
            }
        }
        return best;
    }

    private int height(List<Entry> entries) {
        int h = GROUP_HEADER + GROUP_GAP;
        for (Entry e : entries) h += boxHeight(wrap(e.title(), CHARS, 2)) + GAP;
        return h;
    }

    private static int boxHeight(Wrapped w) {
        return 2 * BOX_PAD + w.lines().size() * LINE - 3;
    }

    private int group(CooperationGraph.Group g, List<Entry> entries, int y, List<Drawing.Box> boxes, List<Drawing.Text> texts) {
        boolean cut = g.name().length() > 44;
        texts.add(new Drawing.Text(cut ? g.name().substring(0, 43).strip() + "…" : g.name(), cut ? g.name() : "", INDENT, y + 12, "etat"));
        y += GROUP_HEADER;
        for (Entry e : entries) {
            Wrapped w = wrap(e.title(), CHARS, 2);
            int h = boxHeight(w);
            boxes.add(new Drawing.Box(e.slug(), INDENT, y, WIDTH - INDENT, h, w.lines(), w.shortened(), e.type().key(), true));
            y += h + GAP;
        }
        return y - GAP + GROUP_GAP;
    }

    /** A name in lines of at most {@code chars} characters, broken between words; the last line ends in … when it does not fit. */
    record Wrapped(List<String> lines, boolean shortened) { }

    static Wrapped wrap(String text, int chars, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > chars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        boolean shortened = false;
        if (lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            shortened = true;
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() > chars || shortened && i == lines.size() - 1) {
                String cut = l.length() >= chars ? l.substring(0, chars - 1) : l;
                lines.set(i, cut.strip() + "…");
                shortened = true;
            }
        }
        return new Wrapped(List.copyOf(lines), shortened);
    }
}
