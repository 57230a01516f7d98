package no.bergen.fellesomradet.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves files from the site folder and nothing else: the decoded path is normalised and must stay
 * inside the folder, hidden files and symlinks are refused, only GET and HEAD are answered.
 */
public final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/atom+xml; charset=utf-8"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("txt", "text/plain; charset=utf-8"),
            // The form editor's configuration, and the WebAssembly Decap loads.
            Map.entry("yml", "text/yaml; charset=utf-8"), Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final boolean liveReload;

    public StaticFiles(Path root) {
        this(root, false);
    }

    /** @param liveReload add {@link LiveReload}'s script to every page (serve only; the built files stay as they are) */
    public StaticFiles(Path root, boolean liveReload) {
        this.root = root.toAbsolutePath().normalize();
        this.liveReload = liveReload;
    }

    /** The file a request path maps to, or empty when it is outside the site or does not exist. */
    public Optional<Path> resolve(String rawPath) {
        String path;
        try {
            path = new URI("http://x" + (rawPath.startsWith("/") ? rawPath : "/" + rawPath)).getPath();
        } catch (Exception e) {
            return Optional.empty();
        }
        if (path == null || path.indexOf('\0') >= 0 || path.contains("\\")) return Optional.empty();
        for (String part : path.split("/")) {
            if (part.startsWith(".")) return Optional.empty(); // "..", hidden files
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) return Optional.empty();
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) file = file.resolve("index.html");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) return Optional.empty();
        try {
            // A symlinked folder on the way ("/lenke/fil") is not caught by the checks above.
            if (!file.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "Bare GET og HEAD er tillatt.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<Path> file = resolve(ex.getRequestURI().getRawPath());
            if (file.isEmpty()) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "Fant ikke siden.\n".getBytes(StandardCharsets.UTF_8);
                send(ex, 404, "text/html; charset=utf-8", body);
                return;
            }
            String name = file.get().getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file.get());
            // Not the form editor: a reload would throw away what the editor is typing.
            if (liveReload && ext.equals("html") && !file.get().startsWith(root.resolve("admin"))) body = withScript(body);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private static byte[] withScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) return page;
        return (html.substring(0, end) + LiveReload.tag() + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
