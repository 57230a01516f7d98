package no.bergen.fellesomradet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.content.CatalogReader;
import no.bergen.fellesomradet.content.ContentReader;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.Findings;

/** The editor's configuration follows the content model and the controlled lists, with no hand edits. */
class EditorConfigTest {

    @TempDir
    Path dir;

    @Test
    void builtConfigListsEveryFieldOfEveryType() throws IOException {
        Path site = TestProject.real(dir.resolve("repo")).buildInto(dir.resolve("site"));
        Map<String, Object> config = new Yaml().load(Files.readString(site.resolve("admin/config.yml")));
        assertEquals("editorial_workflow", config.get("publish_mode"));
        List<Map<String, Object>> collections = list(config.get("collections"));
        assertEquals(EntryType.values().length, collections.size());
        for (ContentModel.Type type : ContentModel.types()) {
            Map<String, Object> c = collections.stream().filter(x -> x.get("name").equals(type.type().folder())).findFirst().orElseThrow();
            assertEquals("content/" + type.type().folder(), c.get("folder"));
            List<String> expected = new ArrayList<>();
            for (Field f : type.fields()) paths(f, "", expected);
            expected.add("body");
            List<String> actual = new ArrayList<>();
            for (Map<String, Object> w : list(c.get("fields"))) widgets(w, "", actual);
            assertEquals(expected, actual, type.type().key());
        }
    }

    @Test
    void aFieldAddedToTheModelReachesTheForm() throws IOException {
        Site site = site(TestProject.real(dir.resolve("repo")).content);
        List<ContentModel.Type> types = new ArrayList<>();
        for (ContentModel.Type t : ContentModel.types()) {
            List<Field> fields = new ArrayList<>(t.fields());
            fields.add(Field.of("tolkebehov", Field.Kind.TEXT, "Tolkebehov", "Om tjenesten bestiller tolk.").mandatory());
            fields.add(Field.of("sprak_tilbud", Field.Kind.TEXT_LIST, "Språk", "Språk tjenesten kan gi hjelp på."));
            types.add(new ContentModel.Type(t.type(), fields, t.intro(), t.sections()));
        }
        Map<String, Object> config = new DecapConfig(site, types).config();
        for (Map<String, Object> c : list(config.get("collections"))) {
            List<String> names = list(c.get("fields")).stream().map(w -> (String) w.get("name")).toList();
            assertTrue(names.contains("tolkebehov") && names.contains("sprak_tilbud"), c.get("name") + ": " + names);
            Map<String, Object> added = list(c.get("fields")).stream().filter(w -> w.get("name").equals("tolkebehov")).findFirst().orElseThrow();
            assertEquals(true, added.get("required"));
            assertEquals("string", added.get("widget"));
            // The real model's id is written by the tool, not typed: hidden in the form.
            Map<String, Object> id = list(c.get("fields")).stream().filter(w -> w.get("name").equals("id")).findFirst().orElseThrow();
            assertEquals("hidden", id.get("widget"));
        }
        String schema = new JsonSchemas(site.catalog()).of(types.get(0));
        assertTrue(schema.contains("\"tolkebehov\"") && schema.contains("\"sprak_tilbud\"") && schema.contains("\"los\""), schema);
    }

    @Test
    void controlledListsComeFromTheDataFiles() throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path etater = project.content.resolve("data/etater.yaml");
        Files.writeString(etater, Files.readString(etater).replace("navn: Etat for skole", "navn: Etat for grunnskole"));
        Map<String, Object> config = new DecapConfig(siteWithoutEntryChecks(project.content)).config();
        Map<String, Object> service = list(config.get("collections")).get(0);
        Map<String, Object> owner = list(service.get("fields")).stream().filter(w -> w.get("name").equals("eier")).findFirst().orElseThrow();
        List<String> values = list(owner.get("options")).stream().map(o -> (String) o.get("value")).toList();
        assertTrue(values.contains("Etat for grunnskole"), values.toString());
        assertTrue(!values.contains("Etat for skole"), values.toString());
        Map<String, Object> audience = list(service.get("fields")).stream().filter(w -> w.get("name").equals("maalgruppe")).findFirst().orElseThrow();
        assertEquals(true, audience.get("multiple"));
        assertTrue(list(audience.get("options")).stream().anyMatch(o -> o.get("value").equals("foreldre")));
    }

    /** The site as the build loads it. */
    static Site site(Path content) throws IOException {
        ContentLoader.Result r = new ContentLoader(content, content.getParent(), LocalDate.now(), new Markdown())
                .load(new Project(content).settings());
        return r.site().orElseThrow(() -> new AssertionError(r.findings().sorted()));
    }

    /** A renamed etat makes the entries that name the old one fail check; the form reads the list all the same. */
    private static Site siteWithoutEntryChecks(Path content) throws IOException {
        Site real = site(TestProject.REPO.resolve("content"));
        Catalog catalog = new CatalogReader(new ContentReader(content, content.getParent())).read(new Findings());
        return new Site(real.entries(), catalog, real.settings());
    }

    private static void paths(Field f, String prefix, List<String> out) {
        out.add(prefix + f.key());
        for (Field sub : f.fields()) paths(sub, prefix + f.key() + ".", out);
    }

    private static void widgets(Map<String, Object> w, String prefix, List<String> out) {
        out.add(prefix + w.get("name"));
        if (w.get("fields") != null) for (Map<String, Object> sub : list(w.get("fields"))) widgets(sub, prefix + w.get("name") + ".", out);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
