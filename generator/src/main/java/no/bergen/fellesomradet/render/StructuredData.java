package no.bergen.fellesomradet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.Municipality;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.search.export.Json;

/**
 * schema.org descriptions in JSON-LD: a {@code GovernmentService} for each service page and a
 * {@code GovernmentOrganization} for each etat on the etat page. Written into the page as a
 * {@code <script type="application/ld+json">} block: a data block the browser never runs, so the
 * pages' Content-Security-Policy ({@code script-src 'self'}) stays as it is, and no extra request.
 * {@link Json} escapes {@code <}, so no text can close the block.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private final Site site;

    StructuredData(Site site) {
        this.site = site;
    }

    /** The service, its provider (the owning etat), area, audience, channel and LOS subjects. */
    String service(Entry e, Entry.Details.Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@type", "GovernmentService");
        m.put("identifier", "urn:uuid:" + e.id());
        m.put("name", e.title());
        m.put("description", e.summary());
        // The page itself: absolute when the site's address is configured, else relative to the page.
        m.put("url", site.settings().absolute(e.path()).orElse("./"));
        m.put("inLanguage", e.language());
        m.put("provider", agency(site.catalog().agency(e.owner()).orElseThrow()));
        if (!s.runBy().isEmpty()) m.put("serviceOperator", obj("@type", "Organization", "name", s.runBy()));
        m.put("areaServed", areas(s));
        m.put("audience", audience(e, s));
        m.put("availableChannel", channel(e, s));
        m.put("category", e.los().stream().map(StructuredData::term).toList());
        return Json.of(m);
    }

    /** Every etat that owns an entry, each with its byrådsavdeling and the municipality above it. */
    String agencies(List<Catalog.Agency> agencies) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", CONTEXT);
        m.put("@graph", agencies.stream().map(this::agency).toList());
        return Json.of(m);
    }

    Map<String, Object> agency(Catalog.Agency a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "GovernmentOrganization");
        m.put("name", a.name());
        m.put("alternateName", a.shortName());
        Map<String, Object> department = new LinkedHashMap<>();
        department.put("@type", "GovernmentOrganization");
        department.put("name", site.catalog().departments().get(a.department()));
        department.put("alternateName", a.department());
        department.put("parentOrganization", municipality());
        m.put("parentOrganization", department);
        return m;
    }

    static Map<String, Object> municipality() {
        Municipality b = Municipality.BERGEN;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "GovernmentOrganization");
        m.put("name", b.name());
        m.put("url", b.website());
        m.put("identifier", obj("@type", "PropertyValue", "propertyID", "organisasjonsnummer", "value", b.orgNumber()));
        return m;
    }

    private List<Map<String, Object>> areas(Entry.Details.Service s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String d : s.districts()) {
            out.add(obj("@type", "AdministrativeArea", "name", site.catalog().districts().get(d)));
        }
        // No byområde named: the whole city.
        if (out.isEmpty()) out.add(obj("@type", "AdministrativeArea", "name", Municipality.BERGEN.name()));
        return out;
    }

    private Map<String, Object> audience(Entry e, Entry.Details.Service s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "PeopleAudience");
        m.put("audienceType", String.join(", ", e.audiences().stream()
                .map(a -> site.catalog().audiences().get(a).name()).toList()));
        if (s.ageFrom() >= 0) {
            m.put("suggestedMinAge", s.ageFrom());
            m.put("suggestedMaxAge", s.ageTo());
        }
        return m;
    }

    /** How to get in touch: the referral routes, and the sourced contact details the page shows. */
    private Map<String, Object> channel(Entry e, Entry.Details.Service s) {
        Map<String, String> contact = s.contact().values();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "ServiceChannel");
        m.put("name", "Slik tar du kontakt");
        m.put("description", String.join(". ", s.referral().stream().map(PageModels.REFERRAL::get).toList()) + ".");
        if (contact.containsKey("nettside")) m.put("serviceUrl", contact.get("nettside"));
        if (contact.containsKey("telefon") || contact.containsKey("epost") || contact.containsKey("apningstider")) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("@type", "ContactPoint");
            if (contact.containsKey("telefon")) point.put("telephone", contact.get("telefon"));
            if (contact.containsKey("epost")) point.put("email", contact.get("epost"));
            // Opening hours are free text here, not the structured hours schema.org's hoursAvailable wants.
            if (contact.containsKey("apningstider")) point.put("description", "Åpningstider: " + contact.get("apningstider"));
            m.put("servicePhone", point);
        }
        if (contact.containsKey("adresse")) {
            m.put("serviceLocation", obj("@type", "Place", "address", contact.get("adresse")));
        }
        return m;
    }

    /**
     * A JSON object with its keys in the order given. Not {@code Map.of}: its iteration order is
     * seeded per JVM, and the same content must give byte-identical pages.
     */
    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    static Map<String, Object> term(LosTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "DefinedTerm");
        m.put("name", t.label());
        m.put("termCode", t.path());
        m.put("url", t.uri());
        m.put("inDefinedTermSet", LosTerm.BASE);
        return m;
    }
}
