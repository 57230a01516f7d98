package no.bergen.fellesomradet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * {@code serve} in headless Chromium: the open page reloads by itself within a second after an
 * entry is saved; a save with an error shows the error (file, line, message) in place of the
 * stale page, and fixing it reloads the page again. The script that does it is in served pages
 * only, never in the built site.
 */
class ServeReloadTest {

    @TempDir
    Path dir;

    @Test
    void pageFollowsSavesAndShowsErrors() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = dir.resolve("site");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "no.bergen.fellesomradet.cli.Main",
                "serve", "--content", project.content.toString(), "--out", site.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        String origin = "http://127.0.0.1:" + port + "/";
        try (Chrome chrome = Chrome.start(1000, 800)) {
            waitForServer(origin, serve);
            // A typical entry: its page and the seven that link to it are rendered again on a save.
            Path file = project.content.resolve("tjenester/ung-arena.md");
            String original = Files.readString(file);

            chrome.open(origin + "tjenester/ung-arena/");
            assertEquals("Ung Arena", h1(chrome));
            chrome.eval("window.__samme = true");

            // The first update after start loads the classes of the partial render; an editor's
            // later saves are the ones measured.
            Files.writeString(file, original.replace("tittel: Ung Arena", "tittel: Ung Arena – første lagring"));
            waitFor(chrome, "window.__samme !== true && document.readyState === 'complete'", 10000);
            assertEquals("Ung Arena – første lagring", h1(chrome));
            // After a page update, serve brings the lists and the search up to date in the
            // background (a second or two here), and a save during that waits for it. An editor's
            // next save comes later than that.
            Thread.sleep(4000);
            chrome.eval("window.__samme = true");

            Files.writeString(file, original.replace("tittel: Ung Arena", "tittel: Ung Arena – endret i testen"));
            long saved = System.nanoTime();
            waitFor(chrome, "window.__samme !== true && document.readyState === 'complete'", 5000);
            long millis = (System.nanoTime() - saved) / 1_000_000;
            assertEquals("Ung Arena – endret i testen", h1(chrome));
            assertTrue(millis < 1000, "reloaded " + millis + " ms after the save; serve said:\n" + Files.readString(dir.resolve("serve.log")));

            // A broken save: the error in place of the page, with the file, the line and the message.
            Files.writeString(file, original.replace("sammendrag: ", "sammendrag:\n  - "));
            waitFor(chrome, "!!document.getElementById('forhandsvisning-feil')", 5000);
            String shown = String.valueOf(chrome.eval("document.getElementById('forhandsvisning-feil').innerText"));
            assertTrue(shown.contains("tjenester/ung-arena.md"), shown);
            // The field's line, or the list item below it that made it a list.
            int line = original.substring(0, original.indexOf("sammendrag: ")).split("\n", -1).length;
            assertTrue(shown.matches("(?s).*linje (" + line + "|" + (line + 1) + ")\\b.*"), "line " + line + ": " + shown);
            assertTrue(shown.contains("`sammendrag`: skal være tekst"), shown);

            chrome.eval("window.__samme = true");
            Files.writeString(file, original);
            waitFor(chrome, "window.__samme !== true && document.readyState === 'complete'", 5000);
            assertFalse((Boolean) chrome.eval("!!document.getElementById('forhandsvisning-feil')"));
            assertEquals("Ung Arena", h1(chrome));
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        // The built files never carry the script; only what serve sends does.
        List<String> withScript = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (Files.readString(p).contains("_forhandsvisning")) withScript.add(p.toString());
            }
        }
        assertEquals(List.of(), withScript);
    }

    @Test
    void buildOutputHasNoReloadScript() throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = project.buildInto(dir.resolve("site"));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".js")) {
                    assertFalse(Files.readString(p).contains("_forhandsvisning"), p.toString());
                }
            }
        }
    }

    private static String h1(Chrome chrome) throws Exception {
        return String.valueOf(chrome.eval("document.querySelector('h1').textContent.trim()"));
    }

    /** Polls from here: a reload destroys the page's own promises mid-wait. */
    private static void waitFor(Chrome chrome, String condition, int millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(chrome.eval("(function () { try { return !!(" + condition + "); } catch (e) { return false; } })()"))) return;
            } catch (AssertionError navigating) {
                // the page is being replaced; ask again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("waited " + millis + " ms for " + condition);
    }

    private static void waitForServer(String origin, Process serve) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) throw new AssertionError("serve stopped");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(origin)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("serve did not start");
    }
}
