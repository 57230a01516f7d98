package no.bergen.fellesomradet.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.bergen.fellesomradet.TestProject;

/**
 * schema.org JSON-LD on the built real site: a GovernmentService on every service page, with the
 * entry's id, provider, area, audience, channel and LOS subjects; GovernmentOrganization for every
 * etat on the etat page; and the LOS subjects shown on every entry page.
 */
class StructuredDataTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)$");
    static final Pattern LOS = Pattern.compile("(?m)^  - ((?:tema|ord)/[a-z0-9-]+)$");

    @TempDir
    static Path dir;
    static TestProject project;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.real(dir.resolve("repo"));
        site = project.buildInto(dir.resolve("site"));
    }

    static List<Path> entries(String folder) throws IOException {
        try (Stream<Path> files = Files.list(project.content.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    static Document page(String folder, Path entry) throws IOException {
        String slug = entry.getFileName().toString().replace(".md", "");
        return Jsoup.parse(site.resolve(folder).resolve(slug).resolve("index.html").toFile(), "UTF-8");
    }

    /** The LOS paths in the entry's {@code los:} list, as written. */
    static List<String> losOf(Path entry) throws IOException {
        String front = Files.readString(entry).split("\n---", 2)[0];
        String list = front.substring(front.indexOf("\nlos:\n") + 6);
        List<String> out = new ArrayList<>();
        for (String line : list.split("\n")) {
            Matcher m = LOS.matcher(line);
            if (!m.matches()) break;
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyServicePageDescribesItsServiceInJsonLd() throws IOException {
        List<Path> services = entries("tjenester");
        assertTrue(services.size() > 30);
        for (Path entry : services) {
            Document doc = page("tjenester", entry);
            Elements blocks = doc.select("script[type=application/ld+json]");
            assertEquals(1, blocks.size(), entry + ": one JSON-LD block");
            JsonNode ld = JSON.readTree(blocks.first().data());
            String name = entry.getFileName().toString();
            assertEquals("https://schema.org", ld.get("@context").asText(), name);
            assertEquals("GovernmentService", ld.get("@type").asText(), name);
            Matcher id = ID.matcher(Files.readString(entry));
            assertTrue(id.find(), name);
            assertEquals("urn:uuid:" + id.group(1), ld.get("identifier").asText(), name);
            assertEquals(doc.selectFirst("h1").text(), ld.get("name").asText(), name);
            assertEquals("GovernmentOrganization", ld.at("/provider/@type").asText(), name);
            assertEquals("964338531", ld.at("/provider/parentOrganization/parentOrganization/identifier/value").asText(), name);
            assertTrue(ld.get("areaServed").size() > 0, name);
            assertEquals("PeopleAudience", ld.at("/audience/@type").asText(), name);
            assertEquals("ServiceChannel", ld.at("/availableChannel/@type").asText(), name);
            List<String> categories = new ArrayList<>();
            ld.get("category").forEach(c -> categories.add(c.get("url").asText()));
            assertEquals(losOf(entry).stream().map(p -> "https://psi.norge.no/los/" + p).toList(), categories, name);
        }
    }

    @Test
    void theEtatPageDescribesEachEtatAsAGovernmentOrganization() throws IOException {
        Document doc = Jsoup.parse(site.resolve("etater/index.html").toFile(), "UTF-8");
        Elements blocks = doc.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size());
        JsonNode graph = JSON.readTree(blocks.first().data()).get("@graph");
        List<String> names = new ArrayList<>();
        for (JsonNode org : graph) {
            assertEquals("GovernmentOrganization", org.get("@type").asText());
            assertEquals("GovernmentOrganization", org.at("/parentOrganization/@type").asText());
            assertEquals("Bergen kommune", org.at("/parentOrganization/parentOrganization/name").asText());
            names.add(org.get("name").asText());
        }
        assertEquals(doc.select("section h2").eachText(), names, "the etater the page lists, in its order");
    }

    @Test
    void otherPagesCarryNoJsonLd() throws IOException {
        for (String folder : List.of("veiledere", "samarbeid", "stier")) {
            for (Path entry : entries(folder)) {
                assertTrue(page(folder, entry).select("script[type=application/ld+json]").isEmpty(), entry.toString());
            }
        }
    }

    @Test
    void everyEntryPageShowsItsLosSubjects() throws IOException {
        for (String folder : List.of("tjenester", "veiledere", "samarbeid", "stier")) {
            for (Path entry : entries(folder)) {
                List<String> expected = losOf(entry).stream().map(p -> "https://psi.norge.no/los/" + p).toList();
                assertFalse(expected.isEmpty(), entry + " names no LOS term");
                assertEquals(expected, page(folder, entry).select(".om-siden .los a").eachAttr("href"), entry.toString());
            }
        }
    }
}
