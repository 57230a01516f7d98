package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * The launcher with the daemon (docs/adr/0009), end to end: the real script and the tool's classes
 * (a jar that only names the test's class path, as the tool's own jar does not exist yet when the
 * tests run). A command without a daemon starts one; the next is run by it, with the same output; a
 * daemon that was stopped, or killed and left its socket behind, is replaced.
 */
class LauncherDaemonTest {

    @TempDir
    Path dir;
    private Path launcher;
    private Path jar;
    private Path runtime;
    private TestProject project;
    private final List<Long> daemons = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        launcher = dir.resolve("fellesomrade");
        Files.copy(TestProject.REPO.resolve("fellesomrade"), launcher);
        Files.createDirectories(dir.resolve("generator/target"));
        jar = classPathJar(dir.resolve("tool.jar"));
        runtime = Files.createDirectories(dir.resolve("run"));
        project = TestProject.real(dir.resolve("repo"));
    }

    @AfterEach
    void stopDaemons() {
        for (long pid : daemons) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** A jar whose manifest names Main and this test's class path. */
    private static Path classPathJar(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "no.bergen.fellesomradet.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(p -> Path.of(p).toUri().toString()).collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            // The manifest is all it holds.
        }
        return file;
    }

    private record Run(int code, String output) { }

    private Run check(Map<String, String> env) throws Exception {
        Path log = dir.resolve("launcher.log");
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "check", "--content", project.content.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FELLESOMRADE_JAR", jar.toString());
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().remove("FELLESOMRADE_JAVA_OPTS");
        pb.environment().remove("FELLESOMRADE_DAEMON");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), Files.readString(log));
    }

    private Run check() throws Exception {
        return check(Map.of());
    }

    /** The daemon's process, once it listens (it starts in the background after a command). */
    private ProcessHandle daemon(long notPid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(runtime)) {
                List<Path> pids = files.filter(f -> f.toString().endsWith(".sock.pid")).toList();
                for (Path pidFile : pids) {
                    String text = Files.readString(pidFile).strip();
                    Path socket = Path.of(pidFile.toString().replaceFirst("\\.pid$", ""));
                    if (!text.isEmpty() && Files.exists(socket) && Long.parseLong(text) != notPid) {
                        long pid = Long.parseLong(text);
                        daemons.add(pid);
                        return ProcessHandle.of(pid).orElseThrow();
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // being written; look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no daemon started");
    }

    private static long cpuMillis(ProcessHandle p) {
        return p.info().totalCpuDuration().orElseThrow().toMillis();
    }

    /** The daemon's CPU time once it has settled (its compiler may still be busy after a command). */
    private static long quiet(ProcessHandle p) throws InterruptedException {
        long last = cpuMillis(p);
        for (int i = 0; i < 50; i++) {
            Thread.sleep(200);
            long now = cpuMillis(p);
            if (now - last < 5) return now;
            last = now;
        }
        return last;
    }

    @Test
    void theNextCommandRunsInTheDaemonTheFirstStartedWithTheSameOutput() throws Exception {
        Run alone = check();
        assertEquals(0, alone.code(), alone.output());
        ProcessHandle daemon = daemon(-1);

        long before = quiet(daemon);
        Run served = check();
        assertEquals(0, served.code(), served.output());
        assertEquals(alone.output(), served.output());
        assertTrue(cpuMillis(daemon) - before >= 50, "the daemon did the check");

        before = quiet(daemon);
        Run off = check(Map.of("FELLESOMRADE_DAEMON", "0"));
        assertEquals(alone.output(), off.output());
        assertTrue(cpuMillis(daemon) - before < 50, "FELLESOMRADE_DAEMON=0 runs it in its own JVM");
    }

    @Test
    void aStoppedOrKilledDaemonIsReplaced() throws Exception {
        assertEquals(0, check().code());
        ProcessHandle first = daemon(-1);
        first.destroy(); // SIGTERM: it removes its socket
        assertTrue(first.onExit().get(30, TimeUnit.SECONDS) != null);
        assertEquals(0, check().code());
        ProcessHandle second = daemon(first.pid());

        second.destroyForcibly(); // SIGKILL: its socket stays behind, with no one listening
        second.onExit().get(30, TimeUnit.SECONDS);
        Run afterKill = check();
        assertEquals(0, afterKill.code(), afterKill.output());
        ProcessHandle third = daemon(second.pid());
        assertNotEquals(second.pid(), third.pid());
        assertEquals(0, check().code());
    }
}
