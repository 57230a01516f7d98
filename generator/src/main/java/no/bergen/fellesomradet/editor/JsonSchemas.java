package no.bergen.fellesomradet.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;

/**
 * A JSON Schema (draft-07, which VS Code's YAML extension reads) for each entry type's front matter,
 * derived from the content model and the controlled lists. It gives completion and errors while
 * typing; {@code check} stays the authority for what needs the whole site (slugs that exist,
 * sources for contact details, sections in the body).
 */
public final class JsonSchemas {

    private final Catalog catalog;

    public JsonSchemas(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The schema of one type, as JSON text. */
    public String of(EntryType type) {
        return of(ContentModel.of(type));
    }

    /** The schema of a type as the model describes it (a test may pass a changed one). */
    public String of(ContentModel.Type model) {
        EntryType type = model.type();
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Fellesområdet: " + type.label().toLowerCase(Locale.ROOT));
        schema.put("description", "Feltene øverst i en fil i content/" + type.folder()
                + "/. Hele beskrivelsen står i docs/content-model.md; ./fellesomrade check har siste ord.");
        schema.putAll(object(model.fields(), type));
        return IndentedJson.write(schema);
    }

    private Map<String, Object> object(List<Field> fields, EntryType type) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Field f : fields) {
            properties.put(f.key(), property(f, type));
            if (f.required()) required.add(f.key());
        }
        out.put("properties", properties);
        if (!required.isEmpty()) out.put("required", required);
        out.put("additionalProperties", false);
        return out;
    }

    private Map<String, Object> property(Field f, EntryType type) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", f.label());
        p.put("description", f.hint());
        switch (f.kind()) {
            case TYPE -> p.put("const", type.key());
            case IDENTIFIER, TEXT, LONG_TEXT -> p.putAll(text(f));
            case DATE -> p.putAll(date());
            case INTEGER -> p.put("type", "integer");
            case CHOICE -> p.put("enum", f.values());
            case CATALOG -> p.putAll(choice(Options.of(f.list(), catalog)));
            case REFERENCE -> p.putAll(slug());
            case MAPPING -> p.putAll(object(f.fields(), type));
            case TEXT_LIST -> p.putAll(list(text(f), f.required()));
            case CHOICE_LIST -> p.putAll(list(Map.of("enum", f.values()), f.required()));
            case CATALOG_LIST -> p.putAll(list(choice(Options.of(f.list(), catalog)), f.required()));
            case REFERENCE_LIST -> p.putAll(list(slug(), f.required()));
            case MAPPING_LIST -> p.putAll(list(object(f.fields(), type), f.required()));
        }
        return p;
    }

    private static Map<String, Object> text(Field f) {
        Map<String, Object> p = new LinkedHashMap<>();
        // check reads any scalar as text (an unquoted 12345 too), and a blank one as missing.
        p.put("type", List.of("string", "number"));
        p.put("pattern", f.pattern().isEmpty() ? "\\S" : f.pattern());
        if (f.maxLength() > 0) p.put("maxLength", f.maxLength());
        return p;
    }

    private static Map<String, Object> date() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        return p;
    }

    private static Map<String, Object> slug() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        // «ppt.md» is accepted too: check strips the extension.
        p.put("pattern", ContentModel.SLUG.replace(")*$", ")*(\\.md)?$"));
        return p;
    }

    private static Map<String, Object> choice(Options options) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("enum", options.values());
        return p;
    }

    private static Map<String, Object> list(Map<String, Object> items, boolean required) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "array");
        p.put("items", items);
        if (required) p.put("minItems", 1);
        return p;
    }
}
