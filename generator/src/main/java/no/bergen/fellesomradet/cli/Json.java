package no.bergen.fellesomradet.cli;

import java.util.List;
import java.util.Locale;

import no.bergen.fellesomradet.search.query.Hit;

/** The little JSON the command line prints; not worth a library. */
final class Json {

    private Json() { }

    static String hits(List<Hit> hits) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"slug\":").append(string(h.slug())).append(",\"title\":").append(string(h.title()))
                    .append(",\"url\":").append(string(h.url()))
                    .append(",\"score\":").append(String.format(Locale.ROOT, "%.4f", h.score())).append('}');
        }
        return sb.append(']').toString();
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
