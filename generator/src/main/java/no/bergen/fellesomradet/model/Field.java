package no.bergen.fellesomradet.model;

import java.util.List;
import java.util.Set;

/**
 * One front-matter field of the content model: what it holds, whether it is required, and the
 * Norwegian words an editor sees for it. The parser's allowed fields, the scaffold, the editor's
 * form and the JSON Schemas are all derived from these (see {@link ContentModel}).
 *
 * @param values   the allowed values of a {@link Kind#CHOICE} or {@link Kind#CHOICE_LIST}
 * @param list     the controlled list of a {@link Kind#CATALOG} or {@link Kind#CATALOG_LIST}
 * @param targets  the entry types a {@link Kind#REFERENCE} or {@link Kind#REFERENCE_LIST} may name
 * @param fields   the sub-fields of a {@link Kind#MAPPING} or {@link Kind#MAPPING_LIST}
 * @param pattern  a regular expression every text value must match (JSON Schema dialect), or ""
 * @param example  the value {@code new} writes, as YAML after the key; "" to derive one from the hint
 * @param scaffold whether {@code new} writes the field although it is optional
 */
public record Field(String key, Kind kind, boolean required, String label, String hint, List<String> values,
                    CatalogList list, Set<EntryType> targets, List<Field> fields, String pattern, int maxLength,
                    String example, boolean scaffold) {

    /** What a field holds. */
    public enum Kind {
        /** The entry type itself: always the type's key. */
        TYPE,
        /** A UUID the tool writes once (the scaffold, the form editor's save) and nobody edits. */
        IDENTIFIER,
        TEXT,
        /** Text of a few sentences (a text area in the form). */
        LONG_TEXT,
        TEXT_LIST,
        /** {@code YYYY-MM-DD}. */
        DATE,
        INTEGER,
        CHOICE,
        CHOICE_LIST,
        /** One value from a controlled list in {@code content/data/}. */
        CATALOG,
        CATALOG_LIST,
        /** The slug of another entry. */
        REFERENCE,
        REFERENCE_LIST,
        MAPPING,
        MAPPING_LIST;

        public boolean isList() {
            return this == TEXT_LIST || this == CHOICE_LIST || this == CATALOG_LIST || this == REFERENCE_LIST
                    || this == MAPPING_LIST;
        }
    }

    /** The controlled lists a field can draw from. */
    public enum CatalogList {
        /** {@code etater.yaml}: the value is the etat's full name. */
        ETATER,
        /** {@code maalgrupper.yaml}: the value is the key, the label its name. */
        MAALGRUPPER,
        /** {@code byomrader.yaml}: the value is the key, the label its name. */
        BYOMRADER
    }

    public Field {
        values = List.copyOf(values);
        targets = Set.copyOf(targets);
        fields = List.copyOf(fields);
    }

    private Field(String key, Kind kind, String label, String hint) {
        this(key, kind, false, label, hint, List.of(), null, Set.of(), List.of(), "", 0, "", false);
    }

    public static Field of(String key, Kind kind, String label, String hint) {
        return new Field(key, kind, label, hint);
    }

    public static Field choice(String key, Kind kind, String label, String hint, List<String> values) {
        return new Field(key, kind, false, label, hint, values, null, Set.of(), List.of(), "", 0, "", false);
    }

    public static Field catalog(String key, Kind kind, String label, String hint, CatalogList list) {
        return new Field(key, kind, false, label, hint, List.of(), list, Set.of(), List.of(), "", 0, "", false);
    }

    public static Field reference(String key, Kind kind, String label, String hint, Set<EntryType> targets) {
        return new Field(key, kind, false, label, hint, List.of(), null, targets, List.of(), "", 0, "", false);
    }

    public static Field mapping(String key, Kind kind, String label, String hint, List<Field> fields) {
        return new Field(key, kind, false, label, hint, List.of(), null, Set.of(), fields, "", 0, "", false);
    }

    public Field mandatory() {
        return new Field(key, kind, true, label, hint, values, list, targets, fields, pattern, maxLength, example, scaffold);
    }

    public Field pattern(String regex) {
        return new Field(key, kind, required, label, hint, values, list, targets, fields, regex, maxLength, example, scaffold);
    }

    public Field maxLength(int max) {
        return new Field(key, kind, required, label, hint, values, list, targets, fields, pattern, max, example, scaffold);
    }

    /** Written by {@code new} with this value (YAML after the key), even when optional. */
    public Field example(String yaml) {
        return new Field(key, kind, required, label, hint, values, list, targets, fields, pattern, maxLength, yaml, true);
    }

    public List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    public Field field(String key) {
        return fields.stream().filter(f -> f.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.key + " has no field " + key));
    }
}
