package no.bergen.fellesomradet.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogTest {

    /** Pages list byrådsavdelinger and målgrupper in the order of their files, in every build. */
    @Test
    void listsKeepTheOrderOfTheirFiles() {
        Map<String, String> departments = new LinkedHashMap<>();
        Map<String, Catalog.Audience> audiences = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i = 60; i > 0; i--) {
            String key = "avd" + i;
            order.add(key);
            departments.put(key, "Byrådsavdeling " + i);
            audiences.put(key, new Catalog.Audience(key, "Gruppe " + i, null, null));
        }
        Catalog c = new Catalog(departments, List.of(), audiences, Map.of(), Map.of(), Map.of(), "felles");
        assertEquals(order, List.copyOf(c.departments().keySet()));
        assertEquals(order, List.copyOf(c.audiences().keySet()));
    }
}
