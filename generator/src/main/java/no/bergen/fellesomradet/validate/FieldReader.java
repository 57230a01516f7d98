package no.bergen.fellesomradet.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import no.bergen.fellesomradet.content.YamlNode;

/**
 * Typed access to one mapping of front matter. Every read that fails adds a Norwegian message that
 * names the field, what was found and what is allowed, at the field's line.
 */
final class FieldReader {

    private static final DateTimeFormatter ISO_STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Path file;
    private final YamlNode.Mapping mapping;
    private final Findings findings;
    private final String prefix;

    FieldReader(Path file, YamlNode.Mapping mapping, Findings findings, String prefix) {
        this.file = file;
        this.mapping = mapping;
        this.findings = findings;
        this.prefix = prefix;
    }

    Path file() { return file; }

    Findings findings() { return findings; }

    int line() { return mapping.line(); }

    int lineOf(String key) {
        YamlNode.Field f = mapping.fields().get(key);
        return f == null ? mapping.line() : f.keyLine();
    }

    boolean has(String key) {
        YamlNode n = mapping.get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.isNull());
    }

    private String name(String key) {
        return "`" + prefix + key + "`";
    }

    void error(String key, String message) {
        findings.error(file, lineOf(key), name(key) + ": " + message);
    }

    void error(YamlNode node, String key, String message) {
        findings.error(file, node.line(), name(key) + ": " + message);
    }

    void warning(String key, String message) {
        findings.warning(file, lineOf(key), name(key) + ": " + message);
    }

    /** Fields present that the type does not know; typos in field names are caught here. */
    void refuseUnknown(Collection<String> allowed) {
        for (YamlNode.Field f : mapping.fields().values()) {
            if (!allowed.contains(f.key())) {
                findings.error(file, f.keyLine(), "Ukjent felt " + name(f.key()) + ". Gyldige felt her: "
                        + String.join(", ", allowed) + ".");
            }
        }
    }

    Optional<String> text(String key, boolean required) {
        YamlNode n = mapping.get(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            if (required) findings.error(file, mapping.line(), name(key) + " mangler, men er påkrevd.");
            return Optional.empty();
        }
        if (!(n instanceof YamlNode.Scalar s)) {
            error(n, key, "skal være tekst, men er en " + n.kind() + ".");
            return Optional.empty();
        }
        if (s.value().isBlank()) {
            if (required) error(n, key, "er tom, men er påkrevd.");
            return Optional.empty();
        }
        return Optional.of(s.value().strip());
    }

    List<String> textList(String key, boolean required) {
        YamlNode n = mapping.get(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            if (required) findings.error(file, mapping.line(), name(key) + " mangler, men er påkrevd (en liste).");
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            error(n, key, "skal være en liste (én verdi per linje, med «- » foran), men er en " + n.kind() + ".");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank()) {
                out.add(s.value().strip());
            } else {
                error(item, key, "hvert punkt i lista skal være tekst, men ett er en " + item.kind() + ".");
            }
        }
        if (required && out.isEmpty() && seq.items().isEmpty()) error(n, key, "lista er tom, men er påkrevd.");
        return out;
    }

    Optional<LocalDate> date(String key, boolean required) {
        return text(key, required).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v, ISO_STRICT));
            } catch (DateTimeParseException e) {
                error(key, "«" + v + "» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-22.");
                return Optional.empty();
            }
        });
    }

    Optional<Integer> integer(String key, boolean required) {
        return text(key, required).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                error(key, "«" + v + "» er ikke et helt tall.");
                return Optional.empty();
            }
        });
    }

    Optional<FieldReader> mapping(String key, boolean required) {
        YamlNode n = mapping.get(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            if (required) findings.error(file, mapping.line(), name(key) + " mangler, men er påkrevd.");
            return Optional.empty();
        }
        if (!(n instanceof YamlNode.Mapping m)) {
            error(n, key, "skal ha underfelt (på egne linjer med innrykk), men er en " + n.kind() + ".");
            return Optional.empty();
        }
        return Optional.of(new FieldReader(file, m, findings, prefix + key + "."));
    }

    List<FieldReader> mappingList(String key, boolean required) {
        YamlNode n = mapping.get(key);
        if (n == null || (n instanceof YamlNode.Scalar s && s.isNull())) {
            if (required) findings.error(file, mapping.line(), name(key) + " mangler, men er påkrevd (en liste).");
            return List.of();
        }
        if (!(n instanceof YamlNode.Sequence seq)) {
            error(n, key, "skal være en liste, men er en " + n.kind() + ".");
            return List.of();
        }
        List<FieldReader> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                out.add(new FieldReader(file, m, findings, prefix + key + "."));
            } else {
                error(item, key, "hvert punkt skal ha underfelt, men ett er en " + item.kind() + ".");
            }
        }
        return out;
    }

    /** A value that must be one of a fixed set. */
    Optional<String> oneOf(String key, Collection<String> allowed, boolean required) {
        return text(key, required).filter(v -> {
            if (allowed.contains(v)) return true;
            error(key, "«" + v + "» finnes ikke. Gyldige verdier: " + String.join(", ", allowed) + ".");
            return false;
        });
    }

    /** A list whose every item must be one of a fixed set; reports each bad item at its own line. */
    List<String> listOf(String key, Collection<String> allowed, boolean required) {
        YamlNode n = mapping.get(key);
        List<String> values = textList(key, required);
        List<String> ok = new ArrayList<>();
        List<YamlNode> items = n instanceof YamlNode.Sequence seq ? seq.items() : List.of();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (allowed.contains(v)) {
                ok.add(v);
            } else {
                int line = i < items.size() ? items.get(i).line() : lineOf(key);
                findings.error(file, line, name(key) + ": «" + v + "» finnes ikke. Gyldige verdier: "
                        + String.join(", ", allowed) + ".");
            }
        }
        return ok;
    }

    /** Line of item {@code i} of a list field, for messages about one item. */
    int itemLine(String key, int i) {
        YamlNode n = mapping.get(key);
        if (n instanceof YamlNode.Sequence seq && i < seq.items().size()) return seq.items().get(i).line();
        return lineOf(key);
    }
}
