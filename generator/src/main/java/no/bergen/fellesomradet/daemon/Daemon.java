package no.bergen.fellesomradet.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import no.bergen.fellesomradet.cli.Main;

/**
 * A JVM that stays after a build and runs the next {@code build} and {@code check} warm: class
 * loading, class initialisation and compilation are about half of a build of the real content and a
 * third of a 1,000-entry one, and a JVM cannot keep them between runs (docs/adr/0009). The launcher
 * starts one per jar, JDK and folder when a command has run without one; it listens on a Unix socket
 * that only its user can open, runs one command at a time and stops after {@link #IDLE} without one,
 * when its jar is rebuilt, or when the client of a running command goes away (Ctrl+C): then it ends
 * as a killed build would, and the next command starts anew.
 */
public final class Daemon {

    /** How long a daemon waits for the next command before it stops and gives its memory back. */
    static final Duration IDLE = Duration.ofMinutes(20);

    /** Runs a command with its output going to the given writers and returns its exit code. */
    interface Command {
        int run(PrintWriter out, PrintWriter err, String[] args);
    }

    private final ServerSocketChannel server;
    private final Command command;
    private final Runnable cancelled;
    private final JarStamp jar;
    private final Duration idle;
    private final String workingDir = DaemonClient.workingDir();
    private final String environment = Frames.environment();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long lastUsed = System.nanoTime();

    /**
     * @param cancelled what happens when a client goes away while its command runs: the daemon
     *                  process ends ({@link #main}); a test records it instead
     */
    Daemon(ServerSocketChannel server, Command command, Runnable cancelled, JarStamp jar, Duration idle) {
        this.server = server;
        this.command = command;
        this.cancelled = cancelled;
        this.jar = jar;
        this.idle = idle;
    }

    /** {@code Daemon SOCKET}: started by the launcher, in the background, in the folder the commands run in. */
    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        Path lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) return; // another daemon for the same key runs or is starting
            Files.deleteIfExists(socket); // left by a daemon that was killed
            Path pidFile = socket.resolveSibling(socket.getFileName() + ".pid");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket));
                Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
                // Stopped by a signal (kill, a shutdown), it leaves no socket that no one answers.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> forget(socket, pidFile)));
                logToCurrentErr();
                Runnable cancelled = () -> {
                    forget(socket, pidFile);
                    Runtime.getRuntime().halt(130);
                };
                new Daemon(server, Main::run, cancelled, JarStamp.of(Daemon.class), IDLE).serve();
            } finally {
                forget(socket, pidFile);
            }
        }
        System.exit(0);
    }

    /** Accepts commands until it has been idle too long or its jar changes. */
    void serve() throws IOException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> daemonThread(r, "tidsavbrudd"));
        long check = Math.max(1, Math.min(idle.toMillis() / 4, 60_000));
        clock.scheduleWithFixedDelay(() -> {
            if (!busy.get() && System.nanoTime() - lastUsed > idle.toNanos()) close(server);
        }, check, check, TimeUnit.MILLISECONDS);
        try {
            while (server.isOpen()) {
                SocketChannel client;
                try {
                    client = server.accept();
                } catch (ClosedChannelException e) {
                    break; // closed by the clock or by a rebuilt jar
                }
                if (busy.compareAndSet(false, true)) {
                    daemonThread(() -> handle(client), "kommando").start();
                } else {
                    decline(client);
                }
            }
        } finally {
            clock.shutdownNow();
        }
        // A command accepted just before the clock closed the socket still gets to finish.
        while (busy.get()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void handle(SocketChannel client) {
        // Freed once: after that, busy belongs to the next command.
        AtomicBoolean freed = new AtomicBoolean();
        Runnable free = () -> {
            if (freed.compareAndSet(false, true)) {
                lastUsed = System.nanoTime();
                busy.set(false);
            }
        };
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Frames.in(client)));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Frames.out(client), 1 << 16));
            Frames.Request request = Frames.read(in);
            if (jar.changed()) {
                Frames.declined(out);
                close(server); // a rebuilt jar gets a daemon of its own
                return;
            }
            if (request.version() != Frames.VERSION || !request.workingDir().equals(workingDir)
                    || !request.environment().equals(environment)) {
                free.run();
                Frames.declined(out);
                return;
            }
            AtomicBoolean done = new AtomicBoolean();
            Thread hangUp = daemonThread(() -> {
                // The client sends nothing more: a read ends only when it goes away.
                try {
                    in.read();
                } catch (IOException e) {
                    // gone all the same
                }
                if (!done.get()) cancelled.run();
            }, "klient");
            hangUp.start();
            int code = run(request.args().toArray(String[]::new), out);
            done.set(true);
            // Free before the client hears the end: it may send the next command at once.
            free.run();
            Frames.exit(out, code);
        } catch (IOException e) {
            // The client went away; nothing is left to tell it.
        } finally {
            free.run();
        }
    }

    /** Runs one command with System.out and System.err (which libraries print to) going to the client. */
    private int run(String[] args, DataOutputStream out) {
        // In the encoding the client's own JVM would print in: the locale is part of the environment both share.
        PrintStream stdout = new PrintStream(new BufferedOutputStream(Frames.stream(out, Frames.OUT)), true, Charset.defaultCharset());
        PrintStream stderr = new PrintStream(new BufferedOutputStream(Frames.stream(out, Frames.ERR)), true, Charset.defaultCharset());
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            return command.run(new PrintWriter(stdout, true), new PrintWriter(stderr, true), args);
        } finally {
            stdout.flush();
            stderr.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void decline(SocketChannel client) {
        try (client) {
            DataOutputStream out = new DataOutputStream(Frames.out(client));
            Frames.declined(out);
        } catch (IOException e) {
            // It will run the command itself.
        }
    }

    /** java.util.logging's console handler keeps the stream it started with; this one writes where System.err points now. */
    private static void logToCurrentErr() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) root.removeHandler(h);
        root.addHandler(new StreamHandler(System.err, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                if (!isLoggable(record)) return;
                System.err.print(getFormatter().format(record));
            }
        });
    }

    private static Thread daemonThread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void forget(Path socket, Path pidFile) {
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // The next daemon deletes what is left.
        }
    }

    private static void close(ServerSocketChannel server) {
        try {
            server.close();
        } catch (IOException e) {
            // Closed enough.
        }
    }

    /** The jar the daemon's classes came from, as it was when they were loaded. */
    record JarStamp(Path file, long modified, long size) {
        static JarStamp of(Class<?> c) {
            try {
                return of(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | IOException | RuntimeException e) {
                return new JarStamp(null, 0, 0); // classes not from a file: nothing to watch
            }
        }

        static JarStamp of(Path file) throws IOException {
            return new JarStamp(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        }

        boolean changed() {
            if (file == null) return false;
            try {
                return Files.getLastModifiedTime(file).toMillis() != modified || Files.size(file) != size;
            } catch (IOException e) {
                return true;
            }
        }
    }
}
