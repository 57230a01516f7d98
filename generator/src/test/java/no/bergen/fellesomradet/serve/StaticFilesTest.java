package no.bergen.fellesomradet.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/**
 * The preview server ({@code serve}) hands out the site folder and nothing else: no request path,
 * however encoded, reaches a file outside it or a hidden file in it, and a burst of requests is
 * answered in full.
 */
class StaticFilesTest {

    static final String SECRET = "HEMMELIG: dette ligger utenfor nettstedet";

    @TempDir
    static Path dir;
    static Path site;
    static StaticFiles files;
    static HttpServer server;
    static int port;
    static byte[] big;

    @BeforeAll
    static void start() throws IOException {
        site = dir.resolve("site");
        write("index.html", "<h1>Forside</h1>");
        write("404.html", "<h1>Fant ikke siden</h1>");
        write("tjenester/ppt/index.html", "<h1>PPT</h1>");
        write("css/site.css", "body{}");
        write(".lucene/segments_1", SECRET);
        write(".skjult.html", SECRET);
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        big = new byte[256 * 1024];
        new Random(7).nextBytes(big);
        Files.write(site.resolve("stor.png"), big);
        files = new StaticFiles(site);
        // As ServeCommand sets it up: loopback, backlog 64, four worker threads.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", files);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    static void write(String rel, String text) throws IOException {
        Path p = site.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** Paths an attacker would try: every one must come back empty. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/../etc/passwd", "/../secret.txt", "/tjenester/../../secret.txt",
            "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt",
            "/..%2f..%2fetc/passwd", "/..%2fsecret.txt", "/tjenester%2f..%2f..%2fsecret.txt",
            "/%252e%252e/", "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt",
            "/tjenester/..%5c..%5c", "/tjenester/..%5c..%5csecret.txt", "/..\\secret.txt",
            "/.lucene", "/.lucene/segments_1", "/%2elucene/segments_1", "/.skjult.html",
            "/index.html%00", "/index.html%00.png", "/%00", "/index.html\u0000",
            "//etc/passwd", "///etc/passwd", "/" + "/secret.txt", "%2fetc%2fpasswd", "/%2fetc%2fpasswd",
            "/%zz", "/finnes-ikke.html"})
    void resolveRefusesPathsOutsideTheSite(String path) {
        assertEquals(Optional.empty(), files.resolve(path));
    }

    @Test
    void resolveFindsPagesAndFolders() {
        assertEquals(Optional.of(site.resolve("index.html")), files.resolve("/"));
        assertEquals(Optional.of(site.resolve("tjenester/ppt/index.html")), files.resolve("/tjenester/ppt/"));
        assertEquals(Optional.of(site.resolve("tjenester/ppt/index.html")), files.resolve("/tjenester/%70pt/"));
        assertEquals(Optional.of(site.resolve("css/site.css")), files.resolve("/css/site.css"));
    }

    /** A link inside the site that points out of it must not become a way out, file or folder. */
    @Test
    void symlinksAreNotFollowedOutOfTheSite(@TempDir Path own) throws IOException {
        Path root = Files.createDirectories(own.resolve("site"));
        Files.writeString(own.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(root.resolve("lenke.txt"), own.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("lenkemappe"), own);
        StaticFiles withLinks = new StaticFiles(root);
        assertEquals(Optional.empty(), withLinks.resolve("/lenke.txt"));
        assertEquals(Optional.empty(), withLinks.resolve("/lenkemappe/secret.txt"));
    }

    /** Sends the request line exactly as written: an HTTP client would normalise the path first. */
    static String rawGet(String target) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../etc/passwd", "/../secret.txt", "/%2e%2e/%2e%2e/etc/passwd", "/%2e%2e/secret.txt",
            "/..%2f..%2fetc/passwd", "/..%2fsecret.txt", "/%252e%252e/", "/%252e%252e/secret.txt",
            "/tjenester/..%5c..%5c", "/tjenester/..%5c..%5csecret.txt", "/.lucene", "/.lucene/segments_1",
            "/.skjult.html", "/index.html%00", "/%00", "//etc/passwd", "//secret.txt", "/%c0%ae%c0%ae/secret.txt",
            "../secret.txt", "http://127.0.0.1/../secret.txt", "/%zz"})
    void serverAnswersTraversalWith404Or400(String target) throws IOException {
        String response = rawGet(target);
        String status = response.lines().findFirst().orElse("");
        assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " → " + status);
        assertFalse(response.contains(SECRET), target + " leaked the secret");
        assertFalse(response.contains("root:x:0:0"), target + " leaked /etc/passwd");
    }

    @Test
    void serverAnswersAPageWith200() throws IOException {
        String response = rawGet("/tjenester/ppt/");
        assertTrue(response.startsWith("HTTP/1.1 200 "), response);
        assertTrue(response.contains("<h1>PPT</h1>"), response);
    }

    /** Many readers (or a page's many requests) at once: every request is answered, in full. */
    @Test
    void burstOf400RequestsIsAnsweredInFull() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String path = i % 2 == 0 ? "/stor.png" : "/tjenester/ppt/";
                HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(20)).build();
                answers.add(pool.submit(() -> client.send(req, HttpResponse.BodyHandlers.ofByteArray())));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "400 requests did not finish within 30 s");
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<byte[]> r = answers.get(i).get();
                assertEquals(200, r.statusCode(), "request " + i);
                if (i % 2 == 0) assertArrayEquals(big, r.body(), "request " + i);
                else assertEquals("<h1>PPT</h1>", new String(r.body(), StandardCharsets.UTF_8), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
