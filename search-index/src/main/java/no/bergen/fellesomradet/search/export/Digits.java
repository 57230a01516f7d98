package no.bergen.fellesomradet.search.export;

/**
 * Non-negative numbers as the browser index writes them inside JSON strings: five bits at a time,
 * lowest first, one character per five bits, the character's sixth bit saying that more follow.
 * Numbers under 32 take one character. The 64 characters need no escaping in JSON. sok-motor.js
 * reads them back ({@code numbers}).
 */
final class Digits {

    static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private Digits() { }

    static void append(StringBuilder out, int value) {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        do {
            int low = value & 31;
            value >>>= 5;
            out.append(ALPHABET.charAt(value != 0 ? low | 32 : low));
        } while (value != 0);
    }

    /** Reads the number at {@code at[0]} and moves {@code at[0]} past it. */
    static int read(String code, int[] at) {
        int value = 0;
        int shift = 0;
        int c;
        do {
            c = ALPHABET.indexOf(code.charAt(at[0]++));
            value |= (c & 31) << shift;
            shift += 5;
        } while ((c & 32) != 0);
        return value;
    }
}
