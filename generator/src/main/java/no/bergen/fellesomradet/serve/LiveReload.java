package no.bergen.fellesomradet.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import no.bergen.fellesomradet.validate.Finding;
import no.bergen.fellesomradet.validate.Findings;

/**
 * What lets an open page follow the editor in {@code serve}: a version number that goes up with
 * every update, and the errors that stopped the last one. The script {@link StaticFiles} adds to
 * served pages (never to the built site) asks for them a few times a second, reloads when the
 * version changes, and shows the errors (file, line, message) in place of the stale page.
 */
public final class LiveReload implements HttpHandler {

    /** Under this path; a leading underscore, so no entry's slug can take it. */
    public static final String PATH = "/_forhandsvisning/";
    static final String SCRIPT = PATH + "oppdater.js";

    private long version;
    private List<Finding> errors = List.of();

    /** An update finished: its errors, or none when the pages were written. */
    public synchronized void updated(Findings findings) {
        version++;
        errors = findings.sorted().stream().filter(Finding::isError).toList();
    }

    synchronized String status() {
        StringBuilder sb = new StringBuilder("{\"versjon\":").append(version).append(",\"feil\":[");
        for (int i = 0; i < errors.size(); i++) {
            Finding f = errors.get(i);
            if (i > 0) sb.append(',');
            sb.append("{\"fil\":").append(quote(f.file().toString().replace('\\', '/'))).append(",\"linje\":").append(f.line())
                    .append(",\"melding\":").append(quote(f.message())).append('}');
        }
        return sb.append("]}").toString();
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals(PATH + "status")) {
                body = status().getBytes(StandardCharsets.UTF_8);
                type = "application/json";
            } else if (path.equals(SCRIPT)) {
                try (InputStream in = LiveReload.class.getResourceAsStream("/serve/oppdater.js")) {
                    body = in.readAllBytes();
                }
                type = "text/javascript; charset=utf-8";
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The tag serve adds before {@code </body>} of every page it serves. */
    static String tag() {
        return "<script src=\"" + SCRIPT + "\"></script>";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
