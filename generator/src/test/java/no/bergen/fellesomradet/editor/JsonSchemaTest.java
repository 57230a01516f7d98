package no.bergen.fellesomradet.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.content.ContentReader;
import no.bergen.fellesomradet.content.FrontMatter;
import no.bergen.fellesomradet.content.SourceFile;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.validate.EntryParser;
import no.bergen.fellesomradet.validate.Findings;

/**
 * The JSON Schemas, run by a real validator (ajv, under Node.js, reading YAML 1.2 as VS Code's
 * YAML extension does): every real entry passes its type's schema, and what check refuses for a
 * field's form or a missing required field, the schema refuses too.
 */
class JsonSchemaTest {

    /** One entry of each type, varied field by field. */
    private static final Map<EntryType, String> SAMPLES = Map.of(EntryType.TJENESTE, "tjenester/ppt.md",
            EntryType.VEILEDER, "veiledere/avvergingsplikt.md", EntryType.SAMARBEID, "samarbeid/pug.md",
            EntryType.STI, "stier/ny-i-barnehage.md");

    @TempDir
    Path dir;

    @Test
    void everyRealEntryValidatesAgainstItsSchema() throws Exception {
        Path content = TestProject.REPO.resolve("content");
        Site site = EditorConfigTest.site(content);
        Path schemas = schemas(site);
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (EntryType t : EntryType.values()) {
            try (Stream<Path> entries = Files.list(content.resolve(t.folder()))) {
                for (Path p : entries.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    files.add(Files.copy(p, inputs.resolve(t.key() + "--" + p.getFileName())));
                }
            }
        }
        Map<String, String> results = validate(schemas, files);
        assertEquals(site.entries().size(), results.size());
        Map<String, String> refused = new TreeMap<>(results);
        refused.values().removeIf(v -> v.equals("ok"));
        assertEquals(Map.of(), refused);
    }

    @Test
    void schemaRefusesWhatCheckRefusesForFormAndRequiredFields() throws Exception {
        Path content = TestProject.real(dir.resolve("repo")).content;
        Site site = EditorConfigTest.site(content);
        Path schemas = schemas(site);
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Map<String, Boolean> checkRefused = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        int n = 0;
        for (Map.Entry<EntryType, String> sample : SAMPLES.entrySet()) {
            Path file = content.resolve(sample.getValue());
            String original = Files.readString(file);
            for (Field f : ContentModel.of(sample.getKey()).fields()) {
                List<String> variants = new ArrayList<>();
                if (f.required()) variants.add(without(original, f.key()));
                if (has(original, f.key())) variants.add(flipped(original, f));
                for (String v : variants) {
                    String name = sample.getKey().key() + "--" + (n++) + "-" + f.key() + ".md";
                    files.add(Files.writeString(inputs.resolve(name), v));
                    Files.writeString(file, v);
                    checkRefused.put(name, checkRefuses(content, file, site));
                }
            }
            Files.writeString(file, original);
        }
        Map<String, String> schema = validate(schemas, files);
        List<String> missed = new ArrayList<>();
        checkRefused.forEach((name, refused) -> {
            assertTrue(refused, "check accepts the variant " + name);
            if (schema.get(name).equals("ok")) missed.add(name);
        });
        assertEquals(List.of(), missed, "variants check refuses but the schema accepts");
        assertTrue(checkRefused.size() > 60, "variants: " + checkRefused.size());
    }

    private Path schemas(Site site) throws IOException {
        Path out = Files.createDirectories(dir.resolve("schema"));
        JsonSchemas schemas = new JsonSchemas(site.catalog());
        for (EntryType t : EntryType.values()) Files.writeString(out.resolve(t.key() + ".json"), schemas.of(t));
        return out;
    }

    private static boolean checkRefuses(Path content, Path file, Site site) throws IOException {
        Findings findings = new Findings();
        ContentReader reader = new ContentReader(content, content.getParent());
        Optional<SourceFile> src = reader.read(file, content.relativize(file).toString(), findings);
        src.flatMap(s -> FrontMatter.parse(s, findings))
                .flatMap(p -> new EntryParser(site.catalog(), new HashSet<>(site.bySlug().keySet())).parse(p, findings));
        return findings.hasErrors();
    }

    /** ajv's verdict per file name: "ok" or what it refused. */
    private static Map<String, String> validate(Path schemas, List<Path> files) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("node", TestProject.REPO.resolve("generator/src/test/resources/node/schema-check.mjs").toString(),
                TestProject.REPO.resolve("editor").toString(), schemas.toString()));
        files.forEach(f -> cmd.add(f.toString()));
        assertTrue(Files.isRegularFile(TestProject.REPO.resolve("editor/node_modules/ajv/package.json")),
                "the editor's npm packages are needed: npm ci --prefix editor");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Map<String, String> results = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("ok ")) results.put(line.substring(3), "ok");
            else if (line.startsWith("feil ")) results.put(line.substring(5, line.indexOf(':')), line);
        }
        assertEquals(files.size(), results.size(), out);
        return results;
    }

    private static boolean has(String text, String key) {
        return text.lines().anyMatch(l -> l.startsWith(key + ":"));
    }

    /** The file without the field (its line and the indented lines under it). */
    static String without(String text, String key) {
        return replaceBlock(text, key, "");
    }

    /** The field in the wrong form: a list where text belongs, text where a list or sub-fields belong. */
    static String flipped(String text, Field f) {
        boolean scalar = switch (f.kind()) {
            case TYPE, TEXT, LONG_TEXT, DATE, INTEGER, CHOICE, CATALOG, REFERENCE -> true;
            default -> false;
        };
        return replaceBlock(text, f.key(), scalar ? f.key() + ":\n  - en liste\n" : f.key() + ": bare tekst\n");
    }

    private static String replaceBlock(String text, String key, String replacement) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        boolean inFront = false;
        boolean skipping = false;
        int fences = 0;
        for (String line : lines) {
            if (line.equals("---") && fences < 2) {
                fences++;
                inFront = fences == 1;
                skipping = false;
                sb.append(line).append('\n');
                continue;
            }
            if (inFront && line.startsWith(key + ":")) {
                sb.append(replacement);
                skipping = true;
                continue;
            }
            if (skipping && (line.startsWith(" ") || line.startsWith("-"))) continue;
            skipping = false;
            sb.append(line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }
}
