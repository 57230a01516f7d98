package no.bergen.fellesomradet.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.bergen.fellesomradet.publish.BuildRefused;
import no.bergen.fellesomradet.publish.Preview;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.serve.LiveReload;
import no.bergen.fellesomradet.serve.StaticFiles;
import no.bergen.fellesomradet.validate.Finding;
import no.bergen.fellesomradet.validate.Findings;

/** {@code serve}: builds, serves the site on this machine only, and rebuilds when content changes. */
@Command(name = "serve", description = {
        "Forhåndsvis nettstedet på http://127.0.0.1:PORT/ mens du redigerer.",
        "Bygger på nytt når en fil i content/ eller templates/ endres. Bare denne maskinen får koble til."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--port", defaultValue = "8080", description = "Porten (standard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--out", paramLabel = "MAPPE", defaultValue = "site", description = "Hvor nettstedet skrives (standard: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 1 || port > 65535) throw new UserError("Porten må være et tall mellom 1 og 65535.", 2);
        Project project = options.project();
        Preview preview = new Preview(project, out);
        long start = System.nanoTime();
        report(preview.full(LocalDate.now()), start, "");
        live.updated(lastFindings);
        HttpServer server;
        try {
            server = HttpServer.create(bindAddress(port), 64);
        } catch (BindException e) {
            throw new UserError("Porten " + port + " er i bruk. Velg en annen med --port.");
        }
        server.createContext("/", new StaticFiles(out, true));
        server.createContext(LiveReload.PATH, live);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        spec.commandLine().getOut().println("Forhåndsvisning: http://127.0.0.1:" + port + "/  (Ctrl+C for å stoppe)");
        spec.commandLine().getOut().flush();
        watch(preview, project.contentDir(), project.templatesDir());
        return 0;
    }

    /** Loopback only: a preview of unpublished content must not be reachable from the network. */
    static InetSocketAddress bindAddress(int port) {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private final LiveReload live = new LiveReload();
    private Findings lastFindings = new Findings();

    private boolean report(Preview.Update u, long start, String what) {
        lastFindings = u.findings();
        for (Finding f : u.findings().sorted()) if (f.isError()) spec.commandLine().getErr().println(f.format());
        boolean ok = !u.findings().hasErrors();
        if (ok) {
            spec.commandLine().getOut().printf(Locale.ROOT, "Oppdatert%s på %.2f s (%d sider)%n", what,
                    (System.nanoTime() - start) / 1e9, u.pages());
        } else {
            spec.commandLine().getErr().println("Ikke oppdatert: rett feilene over og lagre igjen.");
        }
        spec.commandLine().getOut().flush();
        return ok;
    }

    private void watch(Preview preview, Path... roots) throws Exception {
        ExecutorService search = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sokeindeks");
            t.setDaemon(true);
            return t;
        });
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path root : roots) {
                if (!Files.isDirectory(root)) continue;
                try (Stream<Path> dirs = Files.walk(root)) {
                    for (Path d : dirs.filter(Files::isDirectory).toList()) {
                        d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
            while (true) {
                WatchKey key = ws.take();
                // Editors save in several steps; wait for the burst to end, noting what changed.
                Set<Path> changed = new LinkedHashSet<>();
                WatchKey more;
                do {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path p) changed.add(dir.resolve(p));
                    }
                    key.reset();
                    more = ws.poll(150, TimeUnit.MILLISECONDS);
                    if (more != null) key = more;
                } while (more != null);
                long start = System.nanoTime();
                try {
                    boolean one = changed.size() == 1;
                    Preview.Update u = one ? preview.changed(changed.iterator().next(), LocalDate.now()) : preview.full(LocalDate.now());
                    boolean ok = report(u, start, one && !u.full() ? " " + changed.iterator().next().getFileName() : "");
                    live.updated(u.findings());
                    if (ok && !u.full()) {
                        search.submit(() -> {
                            try {
                                preview.refreshLists();
                                preview.refreshSearch();
                            } catch (Exception e) {
                                spec.commandLine().getErr().println("Listene og søket ble ikke oppdatert: " + Failures.describe(e));
                            }
                        });
                    }
                } catch (IOException | BuildRefused e) {
                    spec.commandLine().getErr().println("Ikke oppdatert: " + Failures.describe(e));
                }
            }
        }
    }
}
