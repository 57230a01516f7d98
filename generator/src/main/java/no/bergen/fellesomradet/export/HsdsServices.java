package no.bergen.fellesomradet.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.Municipality;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.validate.SiteValidator;

/**
 * One {@code tjeneste} as an HSDS 3.0 service in the full shape ({@code GET /services/{id}}): what
 * maps to what is in docs/hsds-export.md. Only what the entry states is exported: no field is
 * filled with a guess, and contact details only where the entry has them, with their source.
 */
final class HsdsServices {

    private final Markdown markdown;
    private final Site site;
    private final EditorialStatus status;
    private final HsdsOrganizations organizations;
    private final HsdsTaxonomies taxonomies = new HsdsTaxonomies();

    HsdsServices(Site site, EditorialStatus status, HsdsOrganizations organizations, Markdown markdown) {
        this.markdown = markdown;
        this.site = site;
        this.status = status;
        this.organizations = organizations;
    }

    Map<String, Object> full(Entry e, Entry.Details.Service s) {
        String id = e.id().toString();
        Catalog catalog = site.catalog();
        Catalog.Agency agency = catalog.agency(e.owner()).orElseThrow();
        Map<String, String> text = markdown.text(e.body()).sections();
        Map<String, String> contact = s.contact().values();

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("organization_id", organizations.agencyId(agency.name()));
        m.put("name", e.title());
        m.put("description", paragraphs(e.summary(), section(text, e, "Hva tjenesten gjør"),
                s.runBy().isEmpty() ? "" : "Drives av " + s.runBy() + " (ikke Bergen kommune)."));
        site.settings().absolute(e.path()).ifPresent(url -> m.put("url", url));
        if (contact.containsKey("epost")) m.put("email", contact.get("epost"));
        m.put("status", "active");
        m.put("application_process", paragraphs(String.join(". ", s.referral().stream().map(Entry.Details.Service.REFERRAL_LABELS::get).toList()) + ".",
                section(text, e, "Slik tar du kontakt")));
        m.put("eligibility_description", paragraphs(
                String.join(", ", e.audiences().stream().map(a -> catalog.audiences().get(a).name()).toList()) + ".",
                section(text, e, "Hvem kan få hjelp")));
        if (s.ageFrom() >= 0) {
            m.put("minimum_age", s.ageFrom());
            m.put("maximum_age", s.ageTo());
        }
        m.put("assured_date", e.lastChecked().toString());
        m.put("last_modified", status.changed().getOrDefault(e.slug(), e.lastChecked()) + "T00:00:00Z");
        m.put("phones", phones(id, s));
        m.put("service_areas", areas(id, s));
        m.put("languages", List.of(language(id, e)));
        m.put("organization", organizations.agency(agency));
        m.put("attributes", attributes(id, e));
        return m;
    }

    /** The list shape ({@code GET /services}): the one-to-one fields and the organisation, no arrays. */
    static Map<String, Object> listItem(Map<String, Object> full) {
        Map<String, Object> m = new LinkedHashMap<>(full);
        m.values().removeIf(v -> v instanceof List<?>);
        return m;
    }

    /** The section's text, by its title in the entry's written standard. */
    private static String section(Map<String, String> text, Entry e, String title) {
        return text.getOrDefault(SiteValidator.sectionTitle(title, e.language()).toLowerCase(Locale.ROOT),
                text.getOrDefault(title.toLowerCase(Locale.ROOT), ""));
    }

    private static String paragraphs(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) if (!p.isBlank()) present.add(p.strip());
        return String.join("\n\n", present);
    }

    /** The entry's telephone, with the page it was read from; none when the entry has none. */
    private List<Map<String, Object>> phones(String serviceId, Entry.Details.Service s) {
        String number = s.contact().values().get("telefon");
        if (number == null) return List.of();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("phone", serviceId));
        m.put("service_id", serviceId);
        m.put("number", number);
        m.put("type", "voice");
        m.put("description", s.contact().sourceOf("telefon")
                .map(src -> "Kilde: " + src.page() + ", lest " + src.read() + ".")
                .orElse("Kilde ikke oppgitt."));
        return List.of(m);
    }

    /** The byområder the entry names, or the whole municipality when it names none. */
    private List<Map<String, Object>> areas(String serviceId, Entry.Details.Service s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String d : s.districts()) {
            out.add(area(serviceId, d, site.catalog().districts().get(d), "Byområdet " + site.catalog().districts().get(d) + " i Bergen."));
        }
        if (out.isEmpty()) out.add(area(serviceId, "hele-byen", Municipality.BERGEN.name(), "Hele Bergen kommune."));
        return out;
    }

    private static Map<String, Object> area(String serviceId, String key, String name, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("service_area", serviceId + ":" + key));
        m.put("service_id", serviceId);
        m.put("name", name);
        m.put("description", description);
        return m;
    }

    private static Map<String, Object> language(String serviceId, Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("language", serviceId + ":no"));
        m.put("service_id", serviceId);
        m.put("name", "norsk");
        m.put("code", "no");
        m.put("note", "Oppføringen er skrevet på " + (e.language().equals("nn") ? "nynorsk" : "bokmål")
                + "; andre språk og tolk er ikke oppgitt.");
        return m;
    }

    private List<Map<String, Object>> attributes(String serviceId, Entry e) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LosTerm t : e.los()) out.add(taxonomies.losAttribute(serviceId, t));
        for (String a : e.audiences()) out.add(taxonomies.audienceAttribute(serviceId, site.catalog().audiences().get(a)));
        return out;
    }
}
