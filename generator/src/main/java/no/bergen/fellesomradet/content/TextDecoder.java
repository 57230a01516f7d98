package no.bergen.fellesomradet.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a content file's bytes into text. Accepted: UTF-8 with or without BOM, UTF-16 with BOM;
 * CRLF, CR and LF line endings, mixed in one file. Anything else is refused with the line of the
 * first bad byte, because guessing a legacy encoding silently corrupts æ, ø and å.
 */
public final class TextDecoder {

    /** Thrown for bytes that are not valid text; {@link #line()} is 1-based. */
    public static final class NotText extends Exception {
        private final int line;

        NotText(int line) {
            super(null, null, false, false);
            this.line = line;
        }

        public int line() { return line; }
    }

    private TextDecoder() { }

    public static String decode(byte[] bytes) throws NotText {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictUtf8(bytes, 3);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            text = strictUtf8(bytes, 0);
        }
        return normaliseLineEndings(text);
    }

    static String normaliseLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String strictUtf8(byte[] bytes, int offset) throws NotText {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            throw new NotText(lineOfFirstBadByte(bytes, offset));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = offset; i < in.position(); i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
