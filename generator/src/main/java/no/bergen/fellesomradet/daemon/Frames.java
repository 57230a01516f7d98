package no.bergen.fellesomradet.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher's client and the daemon say to each other over the socket. The client sends one
 * {@link Request}; the daemon answers with frames, each a type byte and, for output, a length and
 * the bytes: standard output and error as the command writes them, then its exit code. A daemon
 * that will not run the command (busy, or started for another folder, environment or jar) says
 * {@link #DECLINED} before any output, and the client runs the command itself.
 */
final class Frames {

    /** Changes when the format does; a daemon of another version declines. */
    static final int VERSION = 1;
    static final int OUT = 'O';
    static final int ERR = 'E';
    static final int EXIT = 'X';
    static final int DECLINED = 'N';

    /** Longer requests are not from our client. */
    private static final int MAX_ARGS = 10_000;
    private static final int MAX_STRING = 1 << 20;

    private Frames() { }

    /**
     * A command to run: the client's working folder and the environment the tool reads, which must
     * be the daemon's own (a JVM cannot change either), and the arguments.
     */
    record Request(int version, String workingDir, String environment, List<String> args) { }

    /**
     * The environment the tool reads (ContentHistory's SOURCE_DATE_EPOCH, the time zone of «today»,
     * the locale and its encoding): a JVM keeps its own, so the client's must equal the daemon's.
     */
    static String environment() {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"SOURCE_DATE_EPOCH", "TZ", "LANG", "LC_ALL", "LC_CTYPE"}) {
            sb.append(name).append('=').append(System.getenv().getOrDefault(name, "")).append('\n');
        }
        return sb.toString();
    }

    static void write(DataOutputStream out, Request request) throws IOException {
        out.writeInt(request.version());
        string(out, request.workingDir());
        string(out, request.environment());
        out.writeInt(request.args().size());
        for (String arg : request.args()) string(out, arg);
        out.flush();
    }

    static Request read(DataInputStream in) throws IOException {
        int version = in.readInt();
        if (version != VERSION) return new Request(version, "", "", List.of());
        String dir = string(in);
        String environment = string(in);
        int n = in.readInt();
        if (n < 0 || n > MAX_ARGS) throw new IOException("too many arguments: " + n);
        List<String> args = new ArrayList<>(n);
        for (int i = 0; i < n; i++) args.add(string(in));
        return new Request(version, dir, environment, args);
    }

    /** One frame of output; callers on several threads share {@code out}, so it is locked. */
    static void output(DataOutputStream out, int type, byte[] bytes, int off, int len) throws IOException {
        synchronized (out) {
            out.writeByte(type);
            out.writeInt(len);
            out.write(bytes, off, len);
            out.flush();
        }
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    static void declined(DataOutputStream out) throws IOException {
        synchronized (out) {
            out.writeByte(DECLINED);
            out.flush();
        }
    }

    /** An output stream that works in blocks; a single byte is a block of one. */
    private abstract static class BlockStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public abstract void write(byte[] b, int off, int len) throws IOException;
    }

    /** A stream whose every write becomes one frame of the given type. */
    static OutputStream stream(DataOutputStream out, int type) {
        return new BlockStream() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) output(out, type, b, off, len);
            }
        };
    }

    /**
     * Streams over a socket channel that lock only their own direction: the JDK's
     * {@code Channels.newInputStream} and {@code newOutputStream} share one lock, so a read that
     * waits (for the client to go away) would stop every write.
     */
    static InputStream in(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) return 0;
                int n;
                do {
                    n = channel.read(ByteBuffer.wrap(b, off, len));
                } while (n == 0);
                return n;
            }
        };
    }

    static OutputStream out(SocketChannel channel) {
        return new BlockStream() {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) channel.write(buffer);
            }
        };
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) throw new IOException("string too long: " + n);
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
