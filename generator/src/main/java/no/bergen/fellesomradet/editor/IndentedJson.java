package no.bergen.fellesomradet.editor;

import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.search.export.Json;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON, for files people read (the
 * schemas); strings are escaped by the project's one JSON writer.
 */
final class IndentedJson {

    private IndentedJson() { }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb, "");
        return sb.append('\n').toString();
    }

    private static void write(Object value, StringBuilder sb, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(indent).append("  ").append(quote(String.valueOf(e.getKey()))).append(": ");
                write(e.getValue(), sb, indent + "  ");
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(indent).append("  ");
                write(list.get(i), sb, indent + "  ");
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            sb.append(quote(String.valueOf(value)));
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        Json.string(sb, s);
        return sb.toString();
    }
}
