package no.bergen.fellesomradet.render;

import java.util.Map;

import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.relations.Drawing;

/**
 * Writes a {@link Drawing} as inline SVG: a title and a description for screen readers, the lines
 * (hidden from them: the page lists the same links as text), headings, and a link for every box.
 * Sizes, colours and type come from site.css; coordinates are whole numbers, so a map costs a few
 * dozen bytes a box.
 */
final class MapSvg {

    private MapSvg() { }

    /**
     * @param id  unique on the page; the title and description get {@code id-t} and {@code id-d}
     * @param css the svg element's classes
     */
    static String write(Drawing d, Map<String, Entry> entries, String root, String id, String css, String title, String description) {
        StringBuilder out = new StringBuilder(256 + 160 * d.boxes().size());
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(css).append("\" viewBox=\"0 0 ")
                .append(d.width()).append(' ').append(d.height()).append("\" width=\"").append(d.width()).append("\" height=\"")
                .append(d.height()).append("\" aria-labelledby=\"").append(id).append("-t\" aria-describedby=\"")
                .append(id).append("-d\"");
        if (d.crossings() >= 0) out.append(" data-kryss=\"").append(d.crossings()).append('"');
        out.append(">\n<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>\n<desc id=\"").append(id)
                .append("-d\">").append(esc(description)).append("</desc>\n<g class=\"linjer\" aria-hidden=\"true\">\n");
        for (Drawing.Line l : d.lines()) {
            out.append("<path class=\"").append(l.edge().kind().key()).append("\" d=\"").append(l.path()).append("\"/>\n");
        }
        out.append("</g>\n");
        for (Drawing.Text t : d.texts()) {
            out.append("<text class=\"").append(t.css()).append("\" x=\"").append(t.x()).append("\" y=\"").append(t.y()).append("\">");
            if (!t.full().isEmpty()) out.append("<title>").append(esc(t.full())).append("</title>");
            out.append(esc(t.text())).append("</text>\n");
        }
        for (Drawing.Box b : d.boxes()) {
            Entry e = entries.get(b.slug());
            if (b.link()) out.append("<a href=\"").append(esc(root + e.path())).append("\">");
            else out.append("<g>");
            if (b.shortened()) out.append("<title>").append(esc(e.title())).append("</title>");
            out.append("<rect class=\"").append(b.css()).append("\" x=\"").append(b.x()).append("\" y=\"").append(b.y())
                    .append("\" width=\"").append(b.w()).append("\" height=\"").append(b.h()).append("\" rx=\"4\"/>");
            int lineHeight = b.link() ? 15 : 18;
            int baseline = b.y() + (b.h() - (b.label().size() - 1) * lineHeight) / 2 + 4;
            out.append("<text x=\"").append(b.x() + 8).append("\" y=\"").append(baseline).append("\">");
            for (int i = 0; i < b.label().size(); i++) {
                if (i == 0) out.append(esc(b.label().get(i)));
                else out.append("<tspan x=\"").append(b.x() + 8).append("\" dy=\"").append(lineHeight).append("\">")
                        .append(esc(b.label().get(i))).append("</tspan>");
            }
            out.append("</text>").append(b.link() ? "</a>" : "</g>").append('\n');
        }
        return out.append("</svg>").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
