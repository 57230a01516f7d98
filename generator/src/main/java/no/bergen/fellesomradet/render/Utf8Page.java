package no.bergen.fellesomradet.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A page as UTF-8 bytes, encoded as the template writes it. Writing into a string and encoding
 * that at the end went over every character three times, and a single character above U+00FF
 * (an en dash) made the whole page a UTF-16 string, whose encoding is slow without the JIT's
 * intrinsics (docs/PERFORMANCE.md). Here most pieces are Latin-1 strings, which the JDK encodes
 * quickly, and the template's own text, written as characters, is mostly ASCII. Gives the bytes
 * {@code String.getBytes(UTF_8)} would: an unpaired surrogate becomes '?'.
 */
final class Utf8Page extends Writer {

    private byte[] bytes;
    private int length;
    /** A high surrogate at the end of the last piece, waiting for its low half. */
    private char high;

    Utf8Page(int capacity) {
        bytes = new byte[capacity];
    }

    /** Empties the page for the next one, keeping its buffer. */
    void clear() {
        length = 0;
        high = 0;
    }

    @Override
    public void write(String s) {
        if (high == 0 && !s.isEmpty() && !Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
            append(encoded, encoded.length);
        } else {
            withSurrogates(s);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        write(s.substring(off, off + len));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int off, int len) {
        if (high != 0) {
            withSurrogates(new String(chars, off, len));
            return;
        }
        ensure(len * 3);
        byte[] b = bytes;
        int n = length;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                length = n;
                withSurrogates(new String(chars, i, end - i));
                return;
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
    }

    /** Text with a surrogate, or after a piece that ended in half a pair: rare, so done the simple way. */
    private void withSurrogates(String s) {
        String text = high == 0 ? s : high + s;
        high = 0;
        if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            high = text.charAt(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        append(encoded, encoded.length);
    }

    private void append(byte[] encoded, int count) {
        ensure(count);
        System.arraycopy(encoded, 0, bytes, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    /** Writes the page into a new file. */
    void writeTo(Path file) throws IOException {
        finish();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, 0, length);
        }
    }

    /** The page's bytes. */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, length);
    }

    private void finish() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[length++] = '?';
        }
    }

    @Override
    public void flush() { }

    @Override
    public void close() { }
}
