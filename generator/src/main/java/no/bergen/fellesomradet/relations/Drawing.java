package no.bergen.fellesomradet.relations;

import java.util.List;

/**
 * A map laid out: boxes (each a link to an entry), headings, and the lines between boxes, in SVG
 * user units. The render stage writes it as SVG; {@link Crossings} counts its crossing lines.
 *
 * @param crossings how many times two lines cross, or -1 when the map was too large to count
 */
public record Drawing(int width, int height, List<Box> boxes, List<Text> texts, List<Line> lines, int crossings) {

    public Drawing {
        boxes = List.copyOf(boxes);
        texts = List.copyOf(texts);
        lines = List.copyOf(lines);
    }

    /**
     * An entry's box. {@code label} is the name as drawn, one item per line; when it had to be
     * shortened, {@code shortened} is true and the full name goes in a tooltip. {@code link} is false
     * for the page's own entry in the middle of its map.
     */
    public record Box(String slug, int x, int y, int w, int h, List<String> label, boolean shortened, String css, boolean link) {
        public Box {
            label = List.copyOf(label);
        }
    }

    /** A heading in the picture; {@code full} is the whole text when {@code text} was shortened, else empty. */
    public record Text(String text, String full, int x, int y, String css) { }

    /** A line: its SVG path and the same path as a polyline, for counting crossings. */
    public record Line(CooperationGraph.Edge edge, String path, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    public record Point(double x, double y) { }
}
