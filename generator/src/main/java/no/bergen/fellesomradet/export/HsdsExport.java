package no.bergen.fellesomradet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.search.export.Json;

/**
 * The directory as HSDS 3.0 open data, as static files in {@code data/hsds/} that answer the
 * HSDS API's read requests: {@code index.json} ({@code GET /}), {@code services.json} and
 * {@code organizations.json} (one page each, with every item), and {@code services/<id>.json}
 * ({@code GET /services/{id}}, the full shape). Every {@code tjeneste} is a service; the other
 * entry types are not services and are left out (docs/hsds-export.md). One pass over the entries:
 * the cost grows with their number.
 */
public final class HsdsExport implements SiteExport {

    /** Where the export lives in the built site. */
    public static final String FOLDER = "data/hsds";
    static final String SPEC = "https://github.com/openreferral/specification/tree/3.0";
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    private final Markdown markdown;

    /** @param markdown the build's, which has the bodies' text from {@code check} */
    public HsdsExport(Markdown markdown) {
        this.markdown = markdown;
    }

    @Override
    public void write(Site site, EditorialStatus status, Path siteDir) throws IOException {
        Path dir = siteDir.resolve(FOLDER);
        Path services = dir.resolve("services");
        Files.createDirectories(services);
        HsdsOrganizations organizations = new HsdsOrganizations(site.catalog());
        HsdsServices mapper = new HsdsServices(site, status, organizations, markdown);

        List<Entry> entries = site.entries().stream().filter(e -> e.details() instanceof Entry.Details.Service).toList();
        // Each service is mapped and written on its own: on all cores, the list kept in site order.
        List<Map<String, Object>> list;
        try {
            list = entries.parallelStream().map(e -> {
                Map<String, Object> full = mapper.full(e, (Entry.Details.Service) e.details());
                try {
                    write(services.resolve(e.id() + ".json"), full);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                return HsdsServices.listItem(full);
            }).toList();
        } catch (UncheckedIOException x) {
            throw x.getCause();
        }
        write(dir.resolve("services.json"), page(list));
        write(dir.resolve("organizations.json"), page(organizations.all()));
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("version", "3.0");
        index.put("profile", SPEC);
        index.put("openapi_url", OPENAPI);
        write(dir.resolve("index.json"), index);
    }

    /** All items on one page: a static file cannot answer {@code ?page=2}. */
    static Map<String, Object> page(List<Map<String, Object>> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total_items", items.size());
        m.put("total_pages", 1);
        m.put("page_number", 1);
        m.put("size", items.size());
        m.put("first_page", true);
        m.put("last_page", true);
        m.put("empty", items.isEmpty());
        m.put("contents", items);
        return m;
    }

    private static void write(Path file, Object json) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Json.write(json, out);
            out.write('\n');
        }
    }
}
