package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import no.bergen.fellesomradet.model.SiteSettings;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.query.ConcernRule;
import no.bergen.fellesomradet.search.query.SynonymRules;

/**
 * Where things are: the content folder, the templates (beside it unless given), and the files in
 * content/ that configure the site and the search. JBake's source folder is the content folder's parent.
 */
public record Project(Path contentDir, Path templatesDir) {

    public Project {
        contentDir = contentDir.toAbsolutePath().normalize();
        templatesDir = templatesDir.toAbsolutePath().normalize();
    }

    /** A project laid out like this repository: templates/ beside content/. */
    public Project(Path contentDir) {
        this(contentDir, contentDir.toAbsolutePath().normalize().resolveSibling("templates"));
    }

    public Path sourceDir() {
        return contentDir.getParent();
    }

    public Path properties() {
        return contentDir.resolve("jbake.properties");
    }

    public Path luceneDir() {
        return sourceDir().resolve(".fellesomrade").resolve("lucene");
    }

    /**
     * JBake's configuration: the site's jbake.properties over JBake's defaults and the system
     * properties, composed as JBake's {@code ConfigUtil} does, but read directly: its configuration
     * builders (bean reflection) made this step take 50–100 ms of a build, now 25–40 ms.
     */
    public DefaultJBakeConfiguration jbakeConfiguration(Path out) {
        CompositeConfiguration layers = new CompositeConfiguration();
        layers.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        try {
            if (Files.isRegularFile(properties())) layers.addConfiguration(read(Files.newInputStream(properties())));
            layers.addConfiguration(read(DefaultJBakeConfiguration.class.getClassLoader().getResourceAsStream("default.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        layers.addConfiguration(new SystemConfiguration());
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(sourceDir().toFile(), layers);
        config.setDestinationFolder(out.toFile());
        config.setTemplateFolder(templatesDir.toFile());
        config.setAssetFolder(templatesDir.resolve("assets").toFile());
        return config;
    }

    private static PropertiesConfiguration read(InputStream properties) throws IOException {
        PropertiesConfiguration layer = new PropertiesConfiguration();
        layer.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        // Read directly rather than through a FileHandler, whose file-locating machinery took
        // 15–20 ms of start-up to read two small files that need none of it (no includes).
        try (Reader in = new InputStreamReader(properties, StandardCharsets.UTF_8)) {
            layer.read(in);
        } catch (ConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return layer;
    }

    /**
     * The site's own settings from jbake.properties, read as a plain properties file: `check` needs
     * them too, and JBake's configuration machinery would add to its start-up.
     */
    public SiteSettings settings() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(properties(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        SiteSettings.Editor editor = new SiteSettings.Editor(
                orDefault(p.getProperty("site.editor.backend"), SiteSettings.Editor.NONE.backend()),
                orEmpty(p.getProperty("site.editor.repo")),
                orDefault(p.getProperty("site.editor.branch"), SiteSettings.Editor.NONE.branch()),
                orEmpty(p.getProperty("site.editor.base_url")), orEmpty(p.getProperty("site.editor.api_root")),
                orEmpty(p.getProperty("site.editor.local")));
        return new SiteSettings(orEmpty(p.getProperty("site.title")), orEmpty(p.getProperty("site.edit.url")),
                orEmpty(p.getProperty("site.bkkvalitet.url")), orEmpty(p.getProperty("site.lovdata.url")),
                orEmpty(p.getProperty("site.host")), editor);
    }

    /**
     * The templates jbake.properties names ({@code template.*.file}) that the templates folder lacks,
     * and the folder itself if it is missing: checked before a build, so a wrong folder is one
     * sentence instead of a rendering error deep in JBake.
     */
    public List<String> missingTemplates() throws IOException {
        if (!Files.isDirectory(templatesDir)) return List.of(templatesDir.toString());
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(properties(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("template.") && k.endsWith(".file")).sorted()
                .map(p::getProperty).map(String::strip).filter(f -> !Files.isRegularFile(templatesDir.resolve(f))).toList();
    }

    private static String orDefault(Object o, String fallback) {
        String v = orEmpty(o);
        return v.isEmpty() ? fallback : v;
    }

    private static String orEmpty(Object o) {
        return o == null ? "" : String.valueOf(o).strip();
    }

    /**
     * The content owners' search rules, normalised like queries: the synonyms (content/synonymer.txt)
     * and the situations (content/situasjoner.txt: what an employee sees, leading to the words of the
     * pages that help). Both files have the same format; see {@link SynonymRules#parse(String, String, java.util.function.Function)}.
     */
    public SynonymRules synonyms(NorwegianAnalysis analysis) throws IOException {
        return SynonymRules.parse(readIfPresent("synonymer.txt"), readIfPresent("situasjoner.txt"),
                s -> NorwegianAnalysis.terms(analysis.normaliser(), s));
    }

    private String readIfPresent(String name) throws IOException {
        Path file = contentDir.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file) : "";
    }

    public NorwegianAnalysis analysis() {
        return NorwegianAnalysis.create();
    }

    /** The concern rule: trigger words from content/bekymringsord.txt, the guides to pin. */
    public ConcernRule concernRule(NorwegianAnalysis analysis) throws IOException {
        Path file = contentDir.resolve("bekymringsord.txt");
        if (!Files.isRegularFile(file)) return ConcernRule.none();
        List<String> words = Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return new ConcernRule(analysis, words, List.of("bekymret-for-et-barn", "akutt-fare"));
    }
}
