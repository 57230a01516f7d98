package no.bergen.fellesomradet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All validated entries of a build, sorted by slug, with the catalog they were checked against. */
public record Site(List<Entry> entries, Catalog catalog, SiteSettings settings) {

    public Site {
        entries = List.copyOf(entries);
    }

    public Map<String, Entry> bySlug() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.slug(), e));
        return Collections.unmodifiableMap(map);
    }

    public Optional<Entry> entry(String slug) {
        return entries.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }
}
