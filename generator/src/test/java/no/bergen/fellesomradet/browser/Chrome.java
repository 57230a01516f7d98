package no.bergen.fellesomradet.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol: navigate, evaluate, press keys,
 * print to PDF, take screenshots, and record every request the page makes. Fails (never skips)
 * when Chromium is missing, so CI cannot pass without the browser tests having run.
 */
final class Chrome implements AutoCloseable {

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private Chrome(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static String binary() {
        for (String b : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (Files.isExecutable(Path.of(b))) return b;
        }
        throw new AssertionError("Chromium is needed for the browser tests: apt-get install chromium chromium-driver");
    }

    /** Starts Chromium with the network closed to everything but 127.0.0.1. */
    static Chrome start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("chromium");
        Process p = new ProcessBuilder(binary(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String browserWs = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            int at = line.indexOf("ws://");
            if (line.contains("DevTools listening on") && at >= 0) {
                browserWs = line.substring(at).trim();
                break;
            }
        }
        if (browserWs == null) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not start");
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) { /* keep the pipe empty */ }
            } catch (IOException ignored) { /* process ended */ }
        });
        drain.setDaemon(true);
        drain.start();
        URI base = URI.create(browserWs.replace("ws://", "http://"));
        HttpClient http = HttpClient.newHttpClient();
        String json = http.send(HttpRequest.newBuilder(URI.create("http://" + base.getAuthority() + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
        @SuppressWarnings("unchecked")
        String pageWs = (String) ((Map<String, Object>) MiniJson.parse(json)).get("webSocketDebuggerUrl");
        Chrome[] holder = new Chrome[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
            private final StringBuilder buffer = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buffer.append(data);
                if (last) {
                    String msg = buffer.toString();
                    buffer.setLength(0);
                    while (holder[0] == null) Thread.onSpinWait();
                    holder[0].receive(msg);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        Chrome c = new Chrome(p, profile, socket);
        holder[0] = c;
        c.call("Page.enable", "{}");
        c.call("Network.enable", "{}");
        c.call("Runtime.enable", "{}");
        return c;
    }

    @SuppressWarnings("unchecked")
    private void receive(String msg) {
        Map<String, Object> m = (Map<String, Object>) MiniJson.parse(msg);
        if (m.containsKey("id")) {
            CompletableFuture<Map<String, Object>> f = pending.remove(((Double) m.get("id")).intValue());
            if (f != null) f.complete(m);
            return;
        }
        String method = (String) m.get("method");
        Map<String, Object> params = (Map<String, Object>) m.get("params");
        if ("Network.requestWillBeSent".equals(method)) {
            requests.add((String) ((Map<String, Object>) params.get("request")).get("url"));
        } else if ("Page.loadEventFired".equals(method)) {
            loaded.complete(null);
        } else if ("Runtime.exceptionThrown".equals(method)) {
            consoleErrors.add(String.valueOf(params.get("exceptionDetails")));
        } else if ("Runtime.consoleAPICalled".equals(method) && "error".equals(params.get("type"))) {
            consoleErrors.add(String.valueOf(params.get("args")));
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call(String method, String paramsJson) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).get();
        Map<String, Object> r = f.get(60, TimeUnit.SECONDS);
        if (r.containsKey("error")) throw new AssertionError(method + ": " + r.get("error"));
        return (Map<String, Object>) r.get("result");
    }

    void open(String url) throws Exception {
        loaded = new CompletableFuture<>();
        call("Page.navigate", "{\"url\":" + MiniJson.quote(url) + "}");
        loaded.get(30, TimeUnit.SECONDS);
    }

    /** Evaluates an expression (awaiting promises) and returns its JSON value. */
    @SuppressWarnings("unchecked")
    Object eval(String expression) throws Exception {
        Map<String, Object> r = call("Runtime.evaluate", "{\"expression\":" + MiniJson.quote(expression)
                + ",\"awaitPromise\":true,\"returnByValue\":true}");
        if (r.containsKey("exceptionDetails")) throw new AssertionError("JS: " + r.get("exceptionDetails"));
        return ((Map<String, Object>) r.get("result")).get("value");
    }

    void key(String key, String code, int keyCode, String text) throws Exception {
        String common = ",\"key\":" + MiniJson.quote(key) + ",\"code\":" + MiniJson.quote(code)
                + ",\"windowsVirtualKeyCode\":" + keyCode;
        call("Input.dispatchKeyEvent", "{\"type\":\"keyDown\"" + common + (text == null ? "" : ",\"text\":" + MiniJson.quote(text)) + "}");
        call("Input.dispatchKeyEvent", "{\"type\":\"keyUp\"" + common + "}");
    }

    void tab() throws Exception {
        key("Tab", "Tab", 9, null);
    }

    void enter() throws Exception {
        key("Enter", "Enter", 13, "\r");
    }

    void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            call("Input.insertText", "{\"text\":" + MiniJson.quote(String.valueOf(c)) + "}");
        }
    }

    byte[] pdf() throws Exception {
        Map<String, Object> r = call("Page.printToPDF", "{\"paperWidth\":8.27,\"paperHeight\":11.69,\"printBackground\":false,"
                + "\"marginTop\":0.4,\"marginBottom\":0.4,\"marginLeft\":0.4,\"marginRight\":0.4}");
        return Base64.getDecoder().decode((String) r.get("data"));
    }

    byte[] screenshot(boolean fullPage) throws Exception {
        Map<String, Object> r = call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":" + fullPage + "}");
        return Base64.getDecoder().decode((String) r.get("data"));
    }

    /** One element, whole, even where it reaches below the window. */
    byte[] screenshot(String selector) throws Exception {
        List<?> r = (List<?>) eval("(() => { const b = document.querySelector(" + MiniJson.quote(selector) + ").getBoundingClientRect();"
                + " return [b.left + scrollX, b.top + scrollY, b.width, b.height]; })()");
        String clip = String.format(Locale.ROOT, "{\"x\":%.0f,\"y\":%.0f,\"width\":%.0f,\"height\":%.0f,\"scale\":1}",
                ((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(), Math.ceil(((Number) r.get(2)).doubleValue()),
                Math.ceil(((Number) r.get(3)).doubleValue()));
        Map<String, Object> shot = call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true,\"clip\":" + clip + "}");
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    List<String> requests() {
        return new ArrayList<>(requests);
    }

    void clearRequests() {
        requests.clear();
    }

    List<String> consoleErrors() {
        return new ArrayList<>(consoleErrors);
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        // Chromium's helper processes outlive the main one for a moment and still write into the
        // profile; deleting it under them failed a test run now and then.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        for (ProcessHandle helper : helpers) {
            try {
                helper.onExit().get(5, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                helper.destroyForcibly();
            }
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
