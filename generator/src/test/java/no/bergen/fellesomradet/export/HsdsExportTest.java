package no.bergen.fellesomradet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import no.bergen.fellesomradet.TestProject;

/**
 * Builds the real content with the site's address set and checks the HSDS export in
 * {@code data/hsds/} against the HSDS 3.0 JSON Schemas: every object valid, every tjeneste there,
 * its phones where its page shows them, and a dropped required field caught.
 */
class HsdsExportTest {

    static final String SITE_URL = "https://fellesomradet.test/";

    @TempDir
    static Path dir;
    static TestProject project;
    static Path hsds;
    static Path site;
    static final HsdsSchemas schemas = new HsdsSchemas();

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.real(dir.resolve("repo"));
        Path props = project.content.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replace("site.host=\n", "site.host=" + SITE_URL + "\n"));
        site = project.buildInto(dir.resolve("site"));
        hsds = site.resolve("data/hsds");
    }

    static JsonNode read(Path file) throws IOException {
        return HsdsSchemas.JSON.readTree(file.toFile());
    }

    static List<Path> serviceFiles() throws IOException {
        try (Stream<Path> files = Files.list(hsds.resolve("services"))) {
            return files.sorted().toList();
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode node, String what) {
        Set<ValidationMessage> errors = HsdsSchemas.validate(schema, node);
        assertEquals(Set.of(), errors, what);
    }

    @Test
    void everyServiceIsValidInTheFullShape() throws IOException {
        JsonSchema service = schemas.schema("service.json");
        List<Path> files = serviceFiles();
        assertFalse(files.isEmpty());
        for (Path f : files) {
            JsonNode node = read(f);
            assertValid(service, node, f.getFileName().toString());
            assertEquals(f.getFileName().toString(), node.get("id").asText() + ".json", "file named by the service id");
            assertTrue(node.get("url").asText().startsWith(SITE_URL + "tjenester/"), node.get("url").asText());
            assertTrue(node.get("organization").get("organization_identifiers").get(0).get("identifier").asText().equals("964338531"));
            assertTrue(node.get("attributes").size() > 0, "LOS and målgruppe terms");
        }
    }

    @Test
    void servicesAndOrganizationsArePagesOfValidItems() throws IOException {
        JsonNode page = HsdsSchemas.openapi().at("/components/schemas/Page");
        JsonSchema pageSchema = schemas.schema(page);
        check(read(hsds.resolve("services.json")), pageSchema, schemas.schema("compiled/service_list.json"), serviceFiles().size());
        JsonNode organizations = read(hsds.resolve("organizations.json"));
        check(organizations, pageSchema, schemas.schema("organization.json"), organizations.get("contents").size());
        // Bergen kommune, four byrådsavdelinger, eleven etater (content/data/etater.yaml).
        assertEquals(16, organizations.get("total_items").asInt());
    }

    private static void check(JsonNode page, JsonSchema pageSchema, JsonSchema item, int expected) {
        assertValid(pageSchema, page, "page");
        for (String field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents")) {
            assertTrue(page.has(field), "page has " + field);
        }
        assertEquals(expected, page.get("total_items").asInt());
        assertEquals(expected, page.get("contents").size());
        for (JsonNode node : page.get("contents")) assertValid(item, node, node.get("name").asText());
    }

    @Test
    void indexAnswersGetRootAsTheOpenApiSays() throws IOException {
        JsonNode root = HsdsSchemas.openapi().at("/paths/~1/get/responses/200/content/application~1json/schema");
        JsonNode index = read(hsds.resolve("index.json"));
        assertValid(schemas.schema(root), index, "index.json");
        assertEquals("3.0", index.get("version").asText());
        assertTrue(index.get("openapi_url").asText().startsWith("https://"));
    }

    @Test
    void everyTjenesteIsExportedUnderItsId() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(project.content.resolve("tjenester"))) {
            for (Path f : files.toList()) {
                Matcher m = Pattern.compile("(?m)^id: (\\S+)$").matcher(Files.readString(f));
                assertTrue(m.find(), f + " has an id");
                expected.add(m.group(1));
            }
        }
        Set<String> exported = new TreeSet<>();
        for (Path f : serviceFiles()) exported.add(read(f).get("id").asText());
        assertEquals(expected, exported);
        Set<String> listed = new TreeSet<>();
        read(hsds.resolve("services.json")).get("contents").forEach(s -> listed.add(s.get("id").asText()));
        assertEquals(expected, listed);
    }

    /** A phone on the page is a phone in the export, and the export has no phone the page lacks. */
    @Test
    void phonesAreThereWhereThePageHasThem() throws IOException {
        int withPhone = 0;
        for (Path f : serviceFiles()) {
            JsonNode service = read(f);
            String path = service.get("url").asText().substring(SITE_URL.length());
            Document page = Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
            List<String> onPage = new ArrayList<>();
            for (Element detail : page.select(".fakta .kontakt")) {
                if (detail.text().startsWith("Telefon:")) onPage.add(detail.selectFirst(".verdi").text());
            }
            List<String> exported = new ArrayList<>();
            service.get("phones").forEach(p -> exported.add(p.get("number").asText()));
            assertEquals(onPage, exported, path);
            if (!onPage.isEmpty()) withPhone++;
        }
        assertTrue(withPhone >= 3, "Alarmtelefonen, Legevakten and Politiet have phones: " + withPhone);
    }

    /** The schemas are not decoration: each required field, dropped, makes the object invalid. */
    @Test
    void aDroppedRequiredFieldFails() throws IOException {
        JsonSchema service = schemas.schema("service.json");
        JsonNode original = null;
        for (Path f : serviceFiles()) {
            JsonNode n = read(f);
            if (n.get("phones").size() > 0) original = n;
        }
        assertValid(service, original, "unchanged");
        Map<String, String> drops = new HashMap<>();
        drops.put("/id", "id");
        drops.put("/name", "name");
        drops.put("/status", "status");
        drops.put("/organization/description", "description");
        drops.put("/organization/organization_identifiers/0/identifier", "identifier");
        drops.put("/phones/0/number", "number");
        drops.put("/attributes/0/taxonomy_term/name", "name");
        for (Map.Entry<String, String> drop : drops.entrySet()) {
            JsonNode copy = original.deepCopy();
            String parent = drop.getKey().substring(0, drop.getKey().lastIndexOf('/'));
            ((ObjectNode) (parent.isEmpty() ? copy : copy.at(parent))).remove(drop.getValue());
            Set<ValidationMessage> errors = HsdsSchemas.validate(service, copy);
            assertFalse(errors.isEmpty(), "dropping " + drop.getKey() + " was not noticed");
            assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains(drop.getValue())), errors.toString());
        }
        // A format is checked too: an id that is not a UUID.
        ObjectNode badId = original.deepCopy();
        badId.put("id", "ppt");
        assertFalse(HsdsSchemas.validate(service, badId).isEmpty(), "a non-UUID id was accepted");
    }

    @Test
    void organisationsFormOneTreeUnderBergenKommune() throws IOException {
        Map<String, String> parent = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (JsonNode o : read(hsds.resolve("organizations.json")).get("contents")) {
            ids.add(o.get("id").asText());
            if (o.has("parent_organization_id")) parent.put(o.get("id").asText(), o.get("parent_organization_id").asText());
        }
        assertEquals(ids.size() - 1, parent.size(), "one root");
        assertTrue(ids.containsAll(parent.values()), "every parent is exported");
        for (Path f : serviceFiles()) assertTrue(ids.contains(read(f).get("organization_id").asText()));
    }
}
