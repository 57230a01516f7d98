package no.bergen.fellesomradet.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The launcher's side: hands a command to a running {@link Daemon} and relays what it prints and its
 * exit code. Loads only a few JDK classes, so a command the daemon runs costs this process little
 * more than the JVM's start.
 */
public final class DaemonClient {

    private DaemonClient() { }

    /**
     * Runs the command in the daemon listening on {@code socket}.
     *
     * @return the command's exit code, or empty when no daemon ran it (none is listening, it is
     *         busy or declined, or it went away before the command printed anything): the caller
     *         then runs the command itself
     */
    public static OptionalInt run(Path socket, String[] args) {
        return run(socket, args, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err));
    }

    /** The same, with the command's output going to the given streams. */
    static OptionalInt run(Path socket, String[] args, OutputStream stdout, OutputStream stderr) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        // Ctrl+C ends this process; the closed connection tells the daemon to stop the command too.
        Thread hangUp = new Thread(() -> close(channel));
        Runtime.getRuntime().addShutdownHook(hangUp);
        boolean printed = false;
        try {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Frames.out(channel)));
            Frames.write(out, new Frames.Request(Frames.VERSION, workingDir(), Frames.environment(), List.of(args)));
            DataInputStream in = new DataInputStream(new BufferedInputStream(Frames.in(channel), 1 << 16));
            while (true) {
                int type = in.readUnsignedByte();
                switch (type) {
                    case Frames.OUT, Frames.ERR -> {
                        byte[] bytes = in.readNBytes(in.readInt());
                        printed = true;
                        try {
                            (type == Frames.OUT ? stdout : stderr).write(bytes);
                        } catch (IOException e) {
                            // A closed pipe (`| head`): the command goes on, as System.out would let it.
                        }
                    }
                    case Frames.EXIT -> {
                        return OptionalInt.of(in.readInt());
                    }
                    case Frames.DECLINED -> {
                        return OptionalInt.empty();
                    }
                    default -> throw new IOException("unknown frame " + type);
                }
            }
        } catch (IOException e) {
            // The daemon went away (stopped by hand, out of memory) before the command's end.
        } finally {
            close(channel);
            try {
                Runtime.getRuntime().removeShutdownHook(hangUp);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook has closed the channel.
            }
        }
        if (!printed) return OptionalInt.empty();
        try {
            stderr.write("feil: bakgrunnsprosessen som kjørte kommandoen, stoppet underveis. Kjør kommandoen på nytt.\n"
                    .getBytes(Charset.defaultCharset()));
        } catch (IOException e) {
            // Nowhere left to say it; the exit code does.
        }
        return OptionalInt.of(1);
    }

    static String workingDir() {
        return Path.of("").toAbsolutePath().toString();
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is all that is left to do.
        }
    }
}
