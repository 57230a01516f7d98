package no.bergen.fellesomradet.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.serve.StaticFiles;

/**
 * The form editor at /admin/ in headless Chromium, saving through decap-server (Decap's local
 * backend, in its git mode, on 127.0.0.1) into a git copy of the project: a save is a branch
 * (cms/…) as a pull request would be. A new tjeneste made in the form passes check; an edited
 * sammendrag changes that line and nothing else.
 */
class EditorTest {

    private static final String TITLE = "Testtilbud for familier";
    private static final String NEW_SLUG = "testtilbud-for-familier";

    @TempDir
    static Path dir;
    static Path repo;
    static Process decap;
    static HttpServer server;
    static String origin;
    static Chrome chrome;

    @BeforeAll
    static void start() throws Exception {
        Path modules = TestProject.REPO.resolve("editor/node_modules");
        assertTrue(Files.isRegularFile(modules.resolve("decap-server/dist/index.js")),
                "the editor's npm packages are needed: npm ci --prefix editor");
        TestProject project = TestProject.real(dir.resolve("repo"));
        repo = project.root;
        int decapPort = freePort();
        Path properties = project.content.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                .replaceAll("(?m)^site\\.editor\\.local=.*$", "site.editor.local=http://127.0.0.1:" + decapPort + "/api/v1"));
        Files.createDirectories(repo.resolve("editor"));
        Files.createSymbolicLink(repo.resolve("editor/node_modules"), modules);
        Files.writeString(repo.resolve(".gitignore"), "editor/node_modules\n.fellesomrade/\n");
        git("init", "-q", "-b", "main");
        git("config", "user.name", "Redaktør");
        git("config", "user.email", "redaktor@example.invalid");
        git("add", "-A");
        git("commit", "-q", "-m", "Innhold");

        Path site = project.buildInto(dir.resolve("site"));
        assertTrue(Files.isRegularFile(site.resolve("admin/decap-cms.js")), "the build copies Decap into admin/");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", new StaticFiles(site));
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        ProcessBuilder pb = new ProcessBuilder("node", modules.resolve("decap-server/dist/index.js").toString()).redirectErrorStream(true);
        pb.environment().put("BIND_HOST", "127.0.0.1");
        pb.environment().put("PORT", String.valueOf(decapPort));
        pb.environment().put("MODE", "git");
        pb.environment().put("GIT_REPO_DIRECTORY", repo.toString());
        decap = pb.start();
        BufferedReader log = new BufferedReader(new InputStreamReader(decap.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = log.readLine()) != null && !line.contains("listening on 127.0.0.1:" + decapPort)) { /* starting */ }
        Thread drain = new Thread(() -> {
            try {
                while (log.readLine() != null) { /* keep the pipe empty */ }
            } catch (IOException ignored) { /* ended */ }
        });
        drain.setDaemon(true);
        drain.start();

        chrome = Chrome.start(1280, 1000);
        chrome.open(origin + "admin/");
        waitFor("[...document.querySelectorAll('button')].some(b => b.innerText.includes('Logg inn'))", 30000);
        chrome.eval("[...document.querySelectorAll('button')].find(b => b.innerText.includes('Logg inn')).click()");
        waitFor("document.body.innerText.includes('Tjenester')", 20000);
        chrome.eval(HELPERS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chrome != null) chrome.close();
        if (server != null) server.stop(0);
        if (decap != null) {
            decap.destroy();
            decap.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Field inputs by name (Decap's ids are name-field-N), and values set as React expects. */
    private static final String HELPERS = """
            window.felt = name => { const all = document.querySelectorAll('[id^="' + name + '-field-"]'); return all[all.length - 1]; };
            window.settVerdi = (el, v) => {
              const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
              Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
              el.dispatchEvent(new Event('input', {bubbles: true}));
              el.dispatchEvent(new Event('change', {bubbles: true}));
            };
            window.leggTil = label => [...document.querySelectorAll('button')]
                .find(b => b.innerText.trim().toLowerCase() === 'add ' + label).click();
            // Leaving an entry asks for confirmation while Decap still counts changes as unsaved.
            window.confirm = () => true;
            window.lagre = () => [...document.querySelectorAll('button')].find(b => b.innerText.trim() === 'Lagre').click();
            true""";

    @Test
    void aNewServiceMadeInTheFormPassesCheck() throws Exception {
        // Wait for the empty form: the previous entry's form may still be on the page for a moment.
        open("#/collections/tjenester/new", "location.hash.endsWith('/new') && felt('tittel') && felt('tittel').value === ''");
        set("tittel", TITLE);
        set("sammendrag", "Et tilbud til familier som trenger råd om hverdagen.");
        choose("eier", "Etat for barn og familie");
        set("rolle", "Fagleder, Etat for barn og familie");
        set("sist_kontrollert", "2026-12-01");
        choose("maalgruppe", "Foreldre og familier");
        choose("henvisning", "selvhenvisning");
        choose("samarbeider_med", "PPT");
        chrome.eval("leggTil('stikkord')");
        set("stikkord", "familieråd");
        chrome.eval("leggTil('kilder')");
        set("kilder", "001_92099b2ac8fd838f.txt l. 1–10");
        chrome.eval("leggTil('los-emner')");
        set("los", "ord/stotte-til-familier");
        chrome.eval("leggTil('fylles inn av eier')");
        set("fylles_inn_av_eier", "telefon");
        // The body starts with the sections a tjeneste must have; replace the placeholders.
        String body = String.valueOf(chrome.eval("document.querySelector('[data-slate-editor]').innerText"));
        assertTrue(body.contains("## Når du er bekymret for et barn"), body);
        String[] lines = {"## Hva tjenesten gjør", "", "Gir råd til familier.", "", "## Hvem kan få hjelp", "", "Familier med barn.", "",
            "## Slik tar du kontakt", "", "Ta kontakt selv.", "", "## Når du er bekymret for et barn", "",
            "Se [Bekymret for et barn](bekymret-for-et-barn.md)."};
        replaceBody(lines);
        Thread.sleep(500); // the editor hands its text to the entry a moment after the last keystroke
        chrome.eval("lagre()");
        String branch = "cms/tjenester/" + NEW_SLUG;
        String written = waitForFile(branch, "content/tjenester/" + NEW_SLUG + ".md");
        // The form never shows the id; the save gives the new entry a fresh one.
        assertTrue(written.matches("(?s)---\ntype: tjeneste\nid: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\ntittel: "
                + TITLE + "\n.*"), written);

        // Checked in a copy of the content: decap-server switches the repository's branches.
        Path content = dir.resolve("kontroll/content");
        TestProject.copyTree(TestProject.REPO.resolve("content"), content);
        Files.writeString(content.resolve("tjenester/" + NEW_SLUG + ".md"), written);
        TestProject.Run check = TestProject.cli("check", "--content", content.toString());
        assertEquals(0, check.code(), check.all());
        assertTrue(check.out().contains(" oppføringer kontrollert: 0 feil"), check.all());
        assertTrue(check.out().lines().noneMatch(l -> l.contains(NEW_SLUG + ".md:") && !l.contains("fylles_inn_av_eier")), check.out());
        assertTrue(chrome.requests().stream().allMatch(u -> u.startsWith("http://127.0.0.1:") || u.startsWith("data:") || u.startsWith("blob:")),
                chrome.requests().toString());
    }

    @Test
    void editingTheSummaryChangesThatLineOnly() throws Exception {
        open("#/collections/tjenester/entries/ppt", "felt('tittel') && felt('tittel').value.startsWith('PPT')");
        String before = String.valueOf(chrome.eval("felt('sammendrag').value"));
        String after = before.replace("Tjenesten har et kontor i hvert byområde.", "PPT har et kontor i hvert byområde.");
        set("sammendrag", after);
        chrome.eval("lagre()");
        waitForFile("cms/tjenester/ppt", "content/tjenester/ppt.md");
        String diff = git("diff", "--unified=0", "main", "cms/tjenester/ppt", "--", ".");
        List<String> changed = new ArrayList<>();
        for (String l : diff.split("\n")) {
            if ((l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---")) changed.add(l);
        }
        assertEquals(List.of("-sammendrag: " + before, "+sammendrag: " + after), changed, diff);
        assertEquals("content/tjenester/ppt.md", git("diff", "--name-only", "main", "cms/tjenester/ppt").strip());
    }

    /** A fresh page load for each form (the login stays in the browser), so no draft of the last one lingers. */
    private static void open(String hash, String ready) throws Exception {
        chrome.open("about:blank");
        chrome.open(origin + "admin/" + hash);
        chrome.eval(HELPERS);
        waitFor(ready, 30000);
        Thread.sleep(500);
    }

    private static void set(String field, String value) throws Exception {
        waitFor("!!felt('" + field + "')", 5000);
        chrome.eval("settVerdi(felt('" + field + "'), " + MiniJson.quote(value) + "); true");
    }

    /** A select: type what the option says, then Enter picks the first match. */
    private static void choose(String field, String option) throws Exception {
        chrome.eval("felt('" + field + "').focus(); true");
        insert(option);
        Thread.sleep(300);
        chrome.enter();
        Thread.sleep(100);
    }

    /**
     * Selects the whole body editor and types {@code lines} over it. The editor takes a moment to
     * apply select-all after it is focused: typing before that left the placeholders in place
     * (a failed CI run), so the selection is awaited, and the result checked.
     */
    private static void replaceBody(String[] lines) throws Exception {
        String editor = "document.querySelector('[data-slate-editor]')";
        for (int attempt = 1; ; attempt++) {
            chrome.eval(editor + ".focus(); true");
            chrome.call("Input.dispatchKeyEvent", "{\"type\":\"keyDown\",\"key\":\"a\",\"code\":\"KeyA\",\"windowsVirtualKeyCode\":65,"
                    + "\"modifiers\":2,\"commands\":[\"selectAll\"]}");
            chrome.call("Input.dispatchKeyEvent", "{\"type\":\"keyUp\",\"key\":\"a\",\"code\":\"KeyA\",\"windowsVirtualKeyCode\":65,\"modifiers\":2}");
            try {
                waitFor("window.getSelection().toString().includes('fyll inn')", 3000);
            } catch (AssertionError notSelected) {
                // typed all the same; the result is checked below
            }
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) chrome.enter();
                if (!lines[i].isEmpty()) insert(lines[i]);
            }
            String body = String.valueOf(chrome.eval(editor + ".innerText"));
            if (!body.contains("fyll inn") && body.contains(lines[2])) return;
            if (attempt == 3) throw new AssertionError("the body editor kept its placeholders: " + body);
        }
    }

    private static void insert(String text) throws Exception {
        chrome.call("Input.insertText", "{\"text\":" + MiniJson.quote(text) + "}");
    }

    private static String waitForFile(String branch, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            // decap-server makes the branch first and commits to it after: wait for the commit.
            if (git("branch", "--list", branch).contains(branch) && !git("log", "--oneline", "main.." + branch).isBlank()) {
                return git("show", branch + ":" + path);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no branch " + branch + " among " + git("branch", "-a") + "; page says: " + chrome.eval("document.body.innerText.slice(0, 400)"));
    }

    private static void waitFor(String condition, int millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(chrome.eval("(function () { try { return !!(" + condition + "); } catch (e) { return false; } })()"))) return;
            } catch (AssertionError navigating) {
                // the page is being replaced; ask again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited " + millis + " ms for " + condition);
    }

    private static String git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new AssertionError(String.join(" ", cmd) + ": " + out);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
