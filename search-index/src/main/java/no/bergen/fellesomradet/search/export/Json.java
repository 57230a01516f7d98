package no.bergen.fellesomradet.search.export;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal JSON writer for the exported index and the command line's {@code search --json}:
 * strings, integers, lists and maps, nothing else.
 */
public final class Json {

    private Json() { }

    public static String of(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) sb.append(',');
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }

    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        // Plain runs are copied whole: most text needs no escaping, and a char at a time is slow
        // before the JIT's second tier, which short builds never reach.
        char[] cs = s.toCharArray();
        int run = 0;
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
            };
            if (escaped == null) continue;
            sb.append(cs, run, i - run).append(escaped);
            run = i + 1;
        }
        sb.append(cs, run, cs.length - run);
        sb.append('"');
    }
}
