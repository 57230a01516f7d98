package no.bergen.fellesomradet.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A front-matter value with the 1-based line it stands on in the source file. Our own small tree,
 * so that every stage after parsing can point an editor at the right line.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    /** Norwegian name of the node's kind, for messages ("tekst", "liste", "oppslag"). */
    String kind();

    record Scalar(String value, int line, boolean quoted) implements YamlNode {
        @Override
        public String kind() { return "tekst"; }

        public boolean isNull() {
            return !quoted && (value.isEmpty() || value.equals("~") || value.equals("null"));
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence { items = List.copyOf(items); }

        @Override
        public String kind() { return "liste"; }
    }

    /** A mapping; keys keep their order and their own line. */
    record Mapping(Map<String, Field> fields, int line) implements YamlNode {
        public Mapping { fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); }

        @Override
        public String kind() { return "oppslag"; }

        public YamlNode get(String key) {
            Field f = fields.get(key);
            return f == null ? null : f.value();
        }
    }

    record Field(String key, int keyLine, YamlNode value) { }
}
