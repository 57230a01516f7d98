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
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import no.bergen.fellesomradet.publish.Builder;
import no.bergen.fellesomradet.serve.StaticFiles;
import no.bergen.fellesomradet.validate.Finding;

/** {@code serve}: builds, serves the site on this machine only, and rebuilds when content changes. */
@Command(name = "serve", description = {
        "Forhåndsvis nettstedet på http://127.0.0.1:PORT/ mens du redigerer.",
        "Bygger på nytt når en fil i content/ eller templates/ endres. Bare denne maskinen får koble til."})
final class ServeCommand implements Callable<Integer> {

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
        Path contentDir = options.contentDir();
        Builder builder = new Builder(contentDir, Path.of(""));
        rebuild(builder);
        HttpServer server;
        try {
            server = HttpServer.create(bindAddress(port), 64);
        } catch (BindException e) {
            throw new UserError("Porten " + port + " er i bruk. Velg en annen med --port.");
        }
        server.createContext("/", new StaticFiles(out));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        spec.commandLine().getOut().println("Forhåndsvisning: http://127.0.0.1:" + port + "/  (Ctrl+C for å stoppe)");
        spec.commandLine().getOut().flush();
        watch(builder, contentDir, contentDir.toAbsolutePath().getParent().resolve("templates"));
        return 0;
    }

    /** Loopback only: a preview of unpublished content must not be reachable from the network. */
    static InetSocketAddress bindAddress(int port) {
        return new InetSocketAddress("127.0.0.1", port);
    }

    private void rebuild(Builder builder) throws Exception {
        long start = System.nanoTime();
        Builder.Result r = builder.build(out, LocalDate.now());
        for (Finding f : r.findings().sorted()) if (f.isError()) spec.commandLine().getErr().println(f.format());
        if (r.output().isPresent()) {
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Oppdatert på %.2f s%n", (System.nanoTime() - start) / 1e9);
        } else {
            spec.commandLine().getErr().println("Ikke oppdatert: rett feilene over og lagre igjen.");
        }
        spec.commandLine().getOut().flush();
    }

    private void watch(Builder builder, Path... roots) throws Exception {
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
                // Editors save in several steps; wait for the burst to end.
                WatchKey more;
                do {
                    key.pollEvents();
                    key.reset();
                    more = ws.poll(150, TimeUnit.MILLISECONDS);
                    if (more != null) key = more;
                } while (more != null);
                try {
                    rebuild(builder);
                } catch (IOException e) {
                    spec.commandLine().getErr().println("Ikke oppdatert: " + e.getMessage());
                }
            }
        }
    }
}
