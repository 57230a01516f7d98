package no.bergen.fellesomradet.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Municipality;

/**
 * The organisations of the export, from the controlled list: Bergen kommune, its
 * byrådsavdelinger and the etater under them, each pointing at its parent. Every one carries the
 * municipality's organisation number: the etater are parts of one legal entity.
 */
final class HsdsOrganizations {

    static final String IDENTIFIER_SCHEME = "NO-BRC";
    static final String IDENTIFIER_TYPE = "Organisasjonsnummer i Enhetsregisteret (Brønnøysundregistrene), Bergen kommune";

    private final Catalog catalog;
    private final Municipality municipality = Municipality.BERGEN;

    HsdsOrganizations(Catalog catalog) {
        this.catalog = catalog;
    }

    String municipalityId() {
        return HsdsIds.of("organization", "kommune:" + municipality.orgNumber());
    }

    String departmentId(String key) {
        return HsdsIds.of("organization", "byraadsavdeling:" + key);
    }

    String agencyId(String name) {
        return HsdsIds.of("organization", "etat:" + name);
    }

    /** All of them, top down: the municipality, then each byrådsavdeling followed by its etater. */
    List<Map<String, Object>> all() {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(municipality());
        for (Map.Entry<String, String> dept : catalog.departments().entrySet()) {
            String id = departmentId(dept.getKey());
            Map<String, Object> m = base(id, dept.getValue(), dept.getKey(),
                    "Byrådsavdeling i " + municipality.name() + ".");
            m.put("parent_organization_id", municipalityId());
            m.put("organization_identifiers", List.of(identifier(id)));
            out.add(m);
            for (Catalog.Agency a : catalog.agencies()) {
                if (a.department().equals(dept.getKey())) out.add(agency(a));
            }
        }
        return out;
    }

    Map<String, Object> agency(Catalog.Agency a) {
        String id = agencyId(a.name());
        Map<String, Object> m = base(id, a.name(), a.shortName(), "Etat i " + municipality.name() + ", under "
                + catalog.departments().get(a.department()) + ".");
        m.put("parent_organization_id", departmentId(a.department()));
        m.put("organization_identifiers", List.of(identifier(id)));
        return m;
    }

    private Map<String, Object> municipality() {
        String id = municipalityId();
        Map<String, Object> m = base(id, municipality.name(), "", "Kommunen. Etatene under den eier oppføringene i Fellesområdet.");
        m.put("website", municipality.website());
        m.put("organization_identifiers", List.of(identifier(id)));
        return m;
    }

    private static Map<String, Object> base(String id, String name, String alternate, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        if (!alternate.isEmpty()) m.put("alternate_name", alternate);
        m.put("description", description);
        return m;
    }

    private Map<String, Object> identifier(String organizationId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", HsdsIds.of("organization_identifier", organizationId));
        m.put("organization_id", organizationId);
        m.put("identifier_scheme", IDENTIFIER_SCHEME);
        m.put("identifier_type", IDENTIFIER_TYPE);
        m.put("identifier", municipality.orgNumber());
        return m;
    }
}
