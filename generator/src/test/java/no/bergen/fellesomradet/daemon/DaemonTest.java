package no.bergen.fellesomradet.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.cli.Main;

/**
 * The daemon runs build and check for the launcher's client as the command line would, and gets out
 * of the way whenever it cannot: busy, another folder or environment, a rebuilt jar, or gone.
 */
class DaemonTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private CompletableFuture<Void> serving;

    @AfterEach
    void stop() throws Exception {
        if (server != null) server.close();
        if (serving != null) serving.get(10, TimeUnit.SECONDS);
    }

    private Path start(Daemon.Command command, Runnable cancelled, Daemon.JarStamp jar, Duration idle) throws IOException {
        Path socket = dir.resolve("d.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Daemon daemon = new Daemon(server, command, cancelled, jar, idle);
        serving = CompletableFuture.runAsync(() -> {
            try {
                daemon.serve();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return socket;
    }

    private Path start(Daemon.Command command) throws IOException {
        return start(command, () -> { }, new Daemon.JarStamp(null, 0, 0), Duration.ofMinutes(1));
    }

    /** What a client printed and its exit code, or empty when the command was not run by the daemon. */
    private record Client(OptionalInt code, String out, String err) { }

    private static Client client(Path socket, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = DaemonClient.run(socket, args, out, err);
        return new Client(code, out.toString(Charset.defaultCharset()), err.toString(Charset.defaultCharset()));
    }

    @Test
    void aCommandRunInTheDaemonPrintsAndEndsAsItWouldOnItsOwn() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        project.write("tjenester/uten-tittel.md", "---\ntype: tjeneste\n---\nTekst.\n");
        Path socket = start(Main::run);
        for (String[] args : List.of(new String[] {"check", "--content", project.content.toString()},
                new String[] {"build", "--content", project.content.toString(), "--out", dir.resolve("site").toString()},
                new String[] {"check", "--no-such-option"}, new String[] {"build", "--help"})) {
            TestProject.Run alone = TestProject.cli(args);
            Client served = client(socket, args);
            assertEquals(OptionalInt.of(alone.code()), served.code(), String.join(" ", args));
            assertEquals(printed(alone.out()), served.out(), "standard output of " + String.join(" ", args));
            assertEquals(printed(alone.err()), served.err(), "standard error of " + String.join(" ", args));
            assertFalse(alone.all().isEmpty(), "each of these says something");
        }
    }

    /** Text as a JVM of its own prints it: in the locale's encoding (å is ? where that is ASCII). */
    private static String printed(String text) {
        return new String(text.getBytes(Charset.defaultCharset()), Charset.defaultCharset());
    }

    @Test
    void whatLibrariesPrintToSystemOutAndErrReachesTheClient() throws Exception {
        Path socket = start((out, err, args) -> {
            System.out.print("ut ");
            out.println("skrevet");
            System.err.println("advarsel fra et bibliotek");
            return 3;
        });
        Client c = client(socket, "build");
        assertEquals(OptionalInt.of(3), c.code());
        assertEquals("ut skrevet\n", c.out());
        assertEquals("advarsel fra et bibliotek\n", c.err());
    }

    @Test
    void aSecondCommandWhileOneRunsIsLeftToItsOwnProcess() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Path socket = start((out, err, args) -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        CompletableFuture<Client> first = CompletableFuture.supplyAsync(() -> client(socket, "build"));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        assertEquals(OptionalInt.empty(), client(socket, "check").code(), "busy: the client runs it itself");
        release.countDown();
        assertEquals(OptionalInt.of(0), first.get(10, TimeUnit.SECONDS).code());
        assertEquals(OptionalInt.of(0), client(socket, "check").code(), "free again");
    }

    @Test
    void aClientThatGoesAwayStopsTheCommand() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        // In the daemon's process, cancelling ends the process; here it ends the command.
        Path socket = start((out, err, args) -> {
            running.countDown();
            try {
                cancelled.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }, cancelled::countDown, new Daemon.JarStamp(null, 0, 0), Duration.ofMinutes(1));
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            Frames.write(new DataOutputStream(Frames.out(ch)),
                    new Frames.Request(Frames.VERSION, DaemonClient.workingDir(), Frames.environment(), List.of("build")));
            assertTrue(running.await(10, TimeUnit.SECONDS));
        }
        assertTrue(cancelled.await(10, TimeUnit.SECONDS), "Ctrl+C on the client stops the command in the daemon");
    }

    @Test
    void aRequestFromAnotherFolderOrEnvironmentIsDeclined() throws Exception {
        Path socket = start((out, err, args) -> 0);
        for (Frames.Request request : List.of(
                new Frames.Request(Frames.VERSION, dir.toString(), Frames.environment(), List.of("check")),
                new Frames.Request(Frames.VERSION, DaemonClient.workingDir(), "TZ=Asia/Tokyo\n", List.of("check")),
                new Frames.Request(Frames.VERSION + 1, DaemonClient.workingDir(), Frames.environment(), List.of("check")))) {
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                Frames.write(new DataOutputStream(new BufferedOutputStream(Frames.out(ch))), request);
                assertEquals(Frames.DECLINED, new DataInputStream(Frames.in(ch)).readUnsignedByte(), request.toString());
            }
        }
        assertEquals(OptionalInt.of(0), client(socket, "check").code(), "its own folder and environment");
    }

    @Test
    void aRebuiltJarEndsTheDaemonAndTheCommandRunsOnItsOwn() throws Exception {
        Path jar = Files.writeString(dir.resolve("tool.jar"), "v1");
        Path socket = start((out, err, args) -> 0, () -> { }, Daemon.JarStamp.of(jar), Duration.ofMinutes(1));
        assertEquals(OptionalInt.of(0), client(socket, "check").code());
        Files.writeString(jar, "version 2");
        assertEquals(OptionalInt.empty(), client(socket, "check").code());
        serving.get(10, TimeUnit.SECONDS);
        assertFalse(server.isOpen(), "it stops listening");
    }

    @Test
    void anIdleDaemonStops() throws Exception {
        start((out, err, args) -> 0, () -> { }, new Daemon.JarStamp(null, 0, 0), Duration.ofMillis(200));
        serving.get(10, TimeUnit.SECONDS);
        assertFalse(server.isOpen());
    }

    @Test
    void withoutADaemonTheClientLeavesTheCommandToItsOwnProcess() throws Exception {
        assertEquals(OptionalInt.empty(), client(dir.resolve("nobody.sock"), "check").code(), "no socket");
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(stale));
        }
        assertTrue(Files.exists(stale));
        assertEquals(OptionalInt.empty(), client(stale, "check").code(), "a socket no one listens on");
    }
}
