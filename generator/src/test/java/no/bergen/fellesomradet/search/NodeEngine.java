package no.bergen.fellesomradet.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The browser's search engine (sok-motor.js) run under Node on an exported index, many requests per process. */
final class NodeEngine {

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private NodeEngine() { }

    /** Fails, rather than skips, when Node is missing: the parity of the browser search must be shown. */
    static List<List<String>> run(Path site, List<String> requests) throws IOException, InterruptedException {
        Path script = Files.createTempFile("sok", ".js");
        try (InputStream in = NodeEngine.class.getResourceAsStream("/node/sok.js")) {
            Files.write(script, in.readAllBytes());
        }
        Process p;
        try {
            p = new ProcessBuilder("node", script.toString(), site.resolve("js/sok-motor.js").toString(),
                    site.resolve("sok/indeks").toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError("Node.js (node) is needed for the browser-search parity test; install it (apt-get install nodejs).", e);
        }
        Thread writer = new Thread(() -> {
            try (var out = p.getOutputStream()) {
                out.write((String.join("\n", requests) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("node failed: " + stderr);
        }
        writer.join();
        Files.deleteIfExists(script);
        List<List<String>> out = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.isEmpty()) continue;
            List<String> items = new ArrayList<>();
            Matcher m = STRING.matcher(line);
            while (m.find()) items.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            out.add(items);
        }
        return out;
    }

    /** A request line: {@code request("q", "barn")}, or several keys and values in turn. */
    static String request(String... keysAndValues) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i++) {
            sb.append(i == 0 ? "" : i % 2 == 0 ? "," : ":").append('"');
            for (char c : keysAndValues[i].toCharArray()) {
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }
}
