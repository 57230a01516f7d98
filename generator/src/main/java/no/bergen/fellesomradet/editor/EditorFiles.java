package no.bergen.fellesomradet.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.model.SiteSettings;

/**
 * What the build writes for editors: the form editor at {@code admin/} (its generated
 * configuration, its page, and Decap CMS itself when {@code npm ci --prefix editor} has installed
 * it) and a JSON Schema per type at {@code schema/<type>.json}. Without the installed bundle the
 * page says how to get it; the build does not fail (docs/adr/0005-form-editor.md).
 */
public final class EditorFiles {

    /** Where {@code npm ci --prefix editor} puts the pinned packages, relative to the project. */
    static final String DECAP_DIST = "editor/node_modules/decap-cms/dist";
    static final String YAML_DIST = "editor/node_modules/yaml/browser/dist";

    private final Path projectDir;

    /** @param projectDir the folder that holds content/ and, once installed, editor/node_modules/ */
    public EditorFiles(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** Whether the editor's npm packages are installed. */
    public boolean bundlePresent() {
        return Files.isRegularFile(projectDir.resolve(DECAP_DIST).resolve("decap-cms.js"))
                && Files.isRegularFile(projectDir.resolve(YAML_DIST).resolve("index.js"));
    }

    public void write(Site site, Path out) throws IOException {
        Path schemas = Files.createDirectories(out.resolve("schema"));
        JsonSchemas json = new JsonSchemas(site.catalog());
        for (EntryType t : EntryType.values()) Files.writeString(schemas.resolve(t.key() + ".json"), json.of(t));

        Path admin = Files.createDirectories(out.resolve("admin"));
        Files.writeString(admin.resolve("config.yml"), new DecapConfig(site).yaml());
        boolean bundle = bundlePresent();
        if (bundle) {
            copyBundle(projectDir.resolve(DECAP_DIST), admin);
            copyTree(projectDir.resolve(YAML_DIST), admin.resolve("yaml"));
            for (String script : List.of("manuell-start.js", "fellesomrade-editor.js")) {
                try (InputStream in = EditorFiles.class.getResourceAsStream("/editor/" + script)) {
                    Files.write(admin.resolve(script), in.readAllBytes());
                }
            }
        }
        Files.writeString(admin.resolve("index.html"), page(site.settings(), bundle));
    }

    /** Decap's script, the chunks it loads on demand and its licence notices; not the source maps. */
    private static void copyBundle(Path dist, Path admin) throws IOException {
        try (Stream<Path> files = Files.list(dist)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                boolean decap = name.endsWith("decap-cms.js") || name.equals("decap-cms.js.LICENSE.txt") || name.endsWith(".wasm");
                if (decap && Files.isRegularFile(f)) linkOrCopy(f, admin.resolve(name));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else if (!p.toString().endsWith(".map")) linkOrCopy(p, dest);
            }
        }
    }

    /**
     * The installed file itself, by a hard link, where the file system allows one: 6.7 MB in about
     * a hundred files that every build would otherwise copy. The build never writes to these, and
     * deleting an old site only removes its links. Elsewhere (another disk) a copy.
     */
    private static void linkOrCopy(Path installed, Path dest) throws IOException {
        try {
            Files.createLink(dest, installed);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(installed, dest);
        }
    }

    /**
     * The policy of the admin page alone; every other page keeps the site's strict one. Decap
     * compiles its configuration schema with {@code new Function} (ajv), so it needs 'unsafe-eval',
     * and styles its components at run time, so it needs inline styles; it talks to the forge's API.
     */
    static String policy(SiteSettings.Editor e) {
        Set<String> connect = new LinkedHashSet<>(List.of("'self'"));
        String api = !e.apiRoot().isEmpty() ? e.apiRoot() : switch (e.backend()) {
            case "github" -> "https://api.github.com";
            case "gitlab" -> "https://gitlab.com";
            case "bitbucket" -> "https://api.bitbucket.org";
            case "azure" -> "https://dev.azure.com";
            default -> "";
        };
        for (String url : List.of(api, e.baseUrl(), e.localUrl())) origin(url).ifPresent(connect::add);
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src " + String.join(" ", connect)
                + "; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'";
    }

    private static Optional<String> origin(String url) {
        if (url.isEmpty()) return Optional.empty();
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getHost() == null) return Optional.empty();
            return Optional.of(u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    private static String page(SiteSettings settings, boolean bundle) {
        String head = """
                <!DOCTYPE html>
                <html lang="nb">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="%s">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <link rel="icon" href="../favicon.svg" type="image/svg+xml">
                <title>Rediger – %s</title>
                """.formatted(bundle ? policy(settings.editor())
                        : "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'", escape(settings.title()));
        if (bundle) {
            return head + """
                    <script src="manuell-start.js"></script>
                    <script src="decap-cms.js"></script>
                    <script type="module" src="fellesomrade-editor.js"></script>
                    </head>
                    <body>
                    <noscript><p>Skjemaet for å redigere sidene trenger JavaScript.</p></noscript>
                    </body>
                    </html>
                    """;
        }
        return head + """
                </head>
                <body>
                <main>
                <h1>Skjemaet for å redigere er ikke installert</h1>
                <p>Dette bygget av nettstedet har ikke med redigeringsverktøyet (Decap CMS). Den som bygger nettstedet,
                installerer det med <code>npm ci --prefix editor</code> og bygger på nytt.</p>
                <p>Du kan fortsatt endre sidene slik <a href="../">Fellesområdet</a> beskriver i CONTRIBUTING.md.</p>
                </main>
                </body>
                </html>
                """;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
