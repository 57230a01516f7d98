package no.bergen.fellesomradet.export;

import java.util.LinkedHashMap;
import java.util.Map;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.LosTerm;

/**
 * The two classifications a service carries as HSDS attributes: its LOS themes and words (with
 * their URIs, the shared Norwegian vocabulary) and its målgrupper (this site's own list).
 */
final class HsdsTaxonomies {

    static final String LOS_VERSION = "Informasjonsforvaltning/los f0d0588 (2023-03-01)";

    private final Map<String, Object> los = taxonomy("LOS", "LOS – felles vokabular for offentlige tjenester, forvaltet av "
            + "Digitaliseringsdirektoratet (Digdir).", LosTerm.BASE, LOS_VERSION);
    private final Map<String, Object> audiences = taxonomy("Fellesområdets målgrupper",
            "Målgruppene Fellesområdet sorterer tjenestene etter (content/data/maalgrupper.yaml).", "", "");

    /** A LOS term as an attribute of the service, nested term and taxonomy included. */
    Map<String, Object> losAttribute(String serviceId, LosTerm t) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", losTermId(t.path()));
        term.put("code", t.path());
        term.put("name", t.label());
        term.put("description", t.note().isEmpty() ? t.label() + " (LOS-" + (t.isTheme() ? "tema" : "ord") + ")" : t.note());
        if (!t.broader().isEmpty()) term.put("parent_id", losTermId(t.broader()));
        term.put("taxonomy", "LOS");
        term.put("taxonomy_detail", los);
        term.put("taxonomy_id", los.get("id"));
        term.put("language", "nb");
        term.put("term_uri", t.uri());
        return attribute(serviceId, "subject", term);
    }

    /** A målgruppe as an attribute of the service. */
    Map<String, Object> audienceAttribute(String serviceId, Catalog.Audience a) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", HsdsIds.of("taxonomy_term", "maalgruppe:" + a.key()));
        term.put("code", a.key());
        term.put("name", a.name());
        term.put("description", a.name() + (a.ageFrom() == null ? "" : ", " + a.ageFrom() + "–" + a.ageTo() + " år") + ".");
        term.put("taxonomy", audiences.get("name"));
        term.put("taxonomy_detail", audiences);
        term.put("taxonomy_id", audiences.get("id"));
        term.put("language", "nb");
        return attribute(serviceId, "audience", term);
    }

    private static String losTermId(String path) {
        return HsdsIds.of("taxonomy_term", "los:" + path);
    }

    private static Map<String, Object> attribute(String serviceId, String linkType, Map<String, Object> term) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("attribute", serviceId + ":" + term.get("id")));
        m.put("link_id", serviceId);
        m.put("taxonomy_term_id", term.get("id"));
        m.put("link_type", linkType);
        m.put("link_entity", "service");
        m.put("taxonomy_term", term);
        return m;
    }

    private static Map<String, Object> taxonomy(String name, String description, String uri, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("taxonomy", name));
        m.put("name", name);
        m.put("description", description);
        if (!uri.isEmpty()) m.put("uri", uri);
        if (!version.isEmpty()) m.put("version", version);
        return m;
    }
}
