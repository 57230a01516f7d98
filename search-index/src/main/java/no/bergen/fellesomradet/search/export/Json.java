package no.bergen.fellesomradet.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * Writes {@code value} to {@code out} as the UTF-8 bytes of {@link #of}, without making that
     * string: the open data and the browser index are 120 MB of JSON at 10,000 entries, and a
     * string that holds one character above U+00FF is UTF-16, copied as it grows, then copied and
     * encoded again (a fifth of a build's allocations).
     *
     * @return the number of bytes written
     */
    public static long write(Object value, OutputStream out) throws IOException {
        Utf8Json json = new Utf8Json(out);
        json.value(value);
        json.flush();
        return json.count;
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

    /** JSON as {@link #write(StringBuilder, Object)} writes it, encoded to UTF-8 as it is written. */
    private static final class Utf8Json {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private final OutputStream out;
        private final byte[] buf = new byte[8192];
        private int pos;
        long count;

        Utf8Json(OutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException {
            if (v == null) {
                ascii("null");
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
                ascii(v.toString());
            } else if (v instanceof Map<?, ?> m) {
                ascii('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) ascii(',');
                    first = false;
                    string(String.valueOf(e.getKey()));
                    ascii(':');
                    value(e.getValue());
                }
                ascii('}');
            } else if (v instanceof Collection<?> c) {
                ascii('[');
                boolean first = true;
                for (Object o : c) {
                    if (!first) ascii(',');
                    first = false;
                    value(o);
                }
                ascii(']');
            } else {
                throw new IllegalArgumentException("not JSON: " + v.getClass());
            }
        }

        private void string(String s) throws IOException {
            ascii('"');
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (pos + 6 > buf.length) drain();
                if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '<') {
                    buf[pos++] = (byte) c;
                } else if (c == '"' || c == '\\') {
                    buf[pos++] = '\\';
                    buf[pos++] = (byte) c;
                } else if (c == '\n') {
                    escape('n');
                } else if (c == '\r') {
                    escape('r');
                } else if (c == '\t') {
                    escape('t');
                } else if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                    buf[pos++] = '\\';
                    buf[pos++] = 'u';
                    buf[pos++] = HEX[c >> 12];
                    buf[pos++] = HEX[c >> 8 & 0xF];
                    buf[pos++] = HEX[c >> 4 & 0xF];
                    buf[pos++] = HEX[c & 0xF];
                } else if (c < 0x800) {
                    buf[pos++] = (byte) (0xC0 | c >> 6);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[pos++] = (byte) (0xF0 | cp >> 18);
                    buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    buf[pos++] = '?'; // half a pair, as String.getBytes(UTF_8) writes it
                } else {
                    buf[pos++] = (byte) (0xE0 | c >> 12);
                    buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[pos++] = (byte) (0x80 | c & 0x3F);
                }
            }
            ascii('"');
        }

        private void escape(char c) {
            buf[pos++] = '\\';
            buf[pos++] = (byte) c;
        }

        private void ascii(char c) throws IOException {
            if (pos == buf.length) drain();
            buf[pos++] = (byte) c;
        }

        private void ascii(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) ascii(s.charAt(i));
        }

        private void drain() throws IOException {
            out.write(buf, 0, pos);
            count += pos;
            pos = 0;
        }

        void flush() throws IOException {
            drain();
        }
    }
}
