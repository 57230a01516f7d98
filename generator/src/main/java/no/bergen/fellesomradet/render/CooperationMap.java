package no.bergen.fellesomradet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Site;

/**
 * The samarbeidskart: services in columns by byrådsavdeling and etat (services run outside the
 * kommune in a column of their own), cooperation structures in the last column, and a line for
 * every "samarbeider med" and "deltar i". Drawn at build time as SVG whose boxes are links; the
 * page lists the same links as text for screen readers and small screens.
 */
public final class CooperationMap {

    static final int COLUMN = 230;
    static final int BOX_W = 206;
    static final int BOX_H = 26;
    static final int GAP = 6;
    static final int HEADER = 40;
    static final int ETAT_HEADER = 22;
    static final int MAX_CHARS = 31;

    private record Box(Entry entry, int x, int y) {
        int cx() { return x + BOX_W / 2; }
        int cy() { return y + BOX_H / 2; }
    }

    private final Site site;
    private final String root;

    public CooperationMap(Site site, String root) {
        this.site = site;
        this.root = root;
    }

    public String svg() {
        Catalog c = site.catalog();
        Map<String, Box> boxes = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        List<String> columns = new ArrayList<>(c.departments().keySet());
        int height = 0;
        int col = 0;
        for (String dept : columns) {
            int x = col * COLUMN + 8;
            int y = HEADER;
            header(body, x, c.departments().get(dept));
            for (Catalog.Agency a : c.agencies()) {
                if (!a.department().equals(dept)) continue;
                List<Entry> services = site.entries().stream().filter(e -> e.type() == EntryType.TJENESTE
                        && e.owner().equals(a.name()) && runBy(e).isEmpty()).toList();
                if (services.isEmpty()) continue;
                String name = a.name().length() > 36 ? a.name().substring(0, 35).strip() + "…" : a.name();
                body.append("<text class=\"etat\" x=\"").append(x).append("\" y=\"").append(y + 15).append("\"><title>")
                        .append(esc(a.name())).append("</title>").append(esc(name)).append("</text>\n");
                y += ETAT_HEADER;
                for (Entry e : services) {
                    boxes.put(e.slug(), new Box(e, x, y));
                    y += BOX_H + GAP;
                }
                y += GAP;
            }
            height = Math.max(height, y);
            col++;
        }
        int y = HEADER;
        int x = col * COLUMN + 8;
        header(body, x, "Drives av andre enn kommunen");
        for (Entry e : site.entries()) {
            if (e.type() == EntryType.TJENESTE && !runBy(e).isEmpty()) {
                boxes.put(e.slug(), new Box(e, x, y));
                y += BOX_H + GAP;
            }
        }
        height = Math.max(height, y);
        col++;
        y = HEADER;
        x = col * COLUMN + 8;
        header(body, x, "Samarbeidsstrukturer");
        for (Entry e : site.entries()) {
            if (e.type() == EntryType.SAMARBEID) {
                boxes.put(e.slug(), new Box(e, x, y));
                y += BOX_H + GAP;
            }
        }
        height = Math.max(height, y) + 8;
        int width = (col + 1) * COLUMN + 8;

        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, String> link : links().entrySet()) {
            String[] ends = link.getKey().split(" ");
            Box a = boxes.get(ends[0]);
            Box b = boxes.get(ends[1]);
            if (a == null || b == null) continue;
            Box left = a.x <= b.x ? a : b;
            Box right = left == a ? b : a;
            int x1 = left.x == right.x ? left.x + BOX_W : left.x + BOX_W;
            int x2 = left.x == right.x ? right.x + BOX_W : right.x;
            int bend = left.x == right.x ? 40 : (x2 - x1) / 2;
            lines.append("<path class=\"").append(link.getValue()).append("\" d=\"M").append(x1).append(' ').append(left.cy())
                    .append(" C").append(x1 + bend).append(' ').append(left.cy()).append(',').append(x2 - (left.x == right.x ? -bend : bend))
                    .append(' ').append(right.cy()).append(',').append(x2).append(' ').append(right.cy()).append("\"/>\n");
        }
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"kart-svg-tittel\">\n<title id=\"kart-svg-tittel\">Samarbeidskart: tjenester etter byrådsavdeling og etat, "
                        + "og samarbeidsstrukturene de deltar i</title>\n");
        out.append("<g class=\"linjer\" aria-hidden=\"true\">\n").append(lines).append("</g>\n").append(body);
        for (Box box : boxes.values()) {
            Entry e = box.entry();
            String label = e.title().length() > MAX_CHARS ? e.title().substring(0, MAX_CHARS - 1).strip() + "…" : e.title();
            out.append("<a href=\"").append(esc(root + e.path())).append("\"><title>").append(esc(e.title())).append("</title>")
                    .append("<rect class=\"").append(e.type().key()).append("\" x=\"").append(box.x).append("\" y=\"").append(box.y)
                    .append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"4\"/>")
                    .append("<text x=\"").append(box.x + 8).append("\" y=\"").append(box.y + 17).append("\">").append(esc(label))
                    .append("</text></a>\n");
        }
        return out.append("</svg>").toString();
    }

    /** "a b" (slugs, sorted) → line class: cooperation structure participation or service cooperation. */
    Map<String, String> links() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Entry e : site.entries()) {
            if (e.details() instanceof Entry.Details.Cooperation coop) {
                for (String p : coop.participants()) out.put(pair(e.slug(), p), "deltar");
            }
        }
        for (Entry e : site.entries()) {
            if (e.details() instanceof Entry.Details.Service s) {
                for (String p : s.cooperatesWith()) out.putIfAbsent(pair(e.slug(), p), "samarbeider");
            }
        }
        return out;
    }

    /** The same links as text: each service or structure with whom it works, for the list under the map. */
    public List<Map<String, Object>> textAlternative(PageModels models) {
        Map<String, List<Entry>> partners = new LinkedHashMap<>();
        Map<String, Entry> bySlug = site.bySlug();
        for (String pair : links().keySet()) {
            String[] ends = pair.split(" ");
            Entry a = bySlug.get(ends[0]);
            Entry b = bySlug.get(ends[1]);
            if (a == null || b == null || a.type() == EntryType.VEILEDER || b.type() == EntryType.VEILEDER) continue;
            partners.computeIfAbsent(a.slug(), k -> new ArrayList<>()).add(b);
            partners.computeIfAbsent(b.slug(), k -> new ArrayList<>()).add(a);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        site.entries().stream().filter(e -> partners.containsKey(e.slug())).forEach(e -> {
            Map<String, Object> m = models.link(e, root);
            m.put("partnere", partners.get(e.slug()).stream().map(p -> models.link(p, root)).toList());
            out.add(m);
        });
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }

    private static String runBy(Entry e) {
        return e.details() instanceof Entry.Details.Service s ? s.runBy() : "";
    }

    private static void header(StringBuilder sb, int x, String text) {
        String[] words = text.split(" ");
        StringBuilder line1 = new StringBuilder();
        StringBuilder line2 = new StringBuilder();
        for (String w : words) {
            if (line1.length() + w.length() < 30 && line2.length() == 0) line1.append(line1.length() == 0 ? "" : " ").append(w);
            else line2.append(line2.length() == 0 ? "" : " ").append(w);
        }
        sb.append("<text class=\"kolonne\" x=\"").append(x).append("\" y=\"14\">").append(esc(line1.toString())).append("</text>\n");
        if (line2.length() > 0) {
            sb.append("<text class=\"kolonne\" x=\"").append(x).append("\" y=\"30\">").append(esc(line2.toString())).append("</text>\n");
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
