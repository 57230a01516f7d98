package no.bergen.fellesomradet.search.index;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field names and the weight each has in ranking: title highest, then keywords, summary, headings, body. */
public final class Fields {

    public static final String SLUG = "slug";
    public static final String URL = "url";
    public static final String TITLE = "tittel";
    public static final String KEYWORDS = "stikkord";
    public static final String SUMMARY = "sammendrag";
    public static final String HEADINGS = "overskrifter";
    public static final String BODY = "tekst";
    /** Parts of compounds in the title and keywords, and in the rest of the text. */
    public static final String TITLE_PARTS = "tittel_deler";
    public static final String BODY_PARTS = "tekst_deler";
    public static final String TYPE = "type";
    public static final String TYPE_LABEL = "typeNavn";
    public static final String OWNER = "eier";
    public static final String DEPARTMENT = "byraadsavdeling";
    public static final String AUDIENCE = "maalgruppe";

    /** Searchable text fields and their boosts. */
    public static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put(TITLE, 6f);
        WEIGHTS.put(KEYWORDS, 4f);
        WEIGHTS.put(SUMMARY, 2f);
        WEIGHTS.put(HEADINGS, 1.5f);
        WEIGHTS.put(BODY, 1f);
        WEIGHTS.put(TITLE_PARTS, 2f);
        WEIGHTS.put(BODY_PARTS, 0.5f);
    }

    private Fields() { }
}
