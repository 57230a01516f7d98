package no.bergen.fellesomradet.search.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** JSON written straight to UTF-8 has the bytes of the JSON string encoded afterwards. */
class JsonTest {

    /** Characters the writer treats each its own way: escapes, Norwegian letters, three-byte, pairs and halves. */
    private static final String[] PIECES = {"a", "Barn og unge", "æøå ÆØÅ", "0–18 år", "«»", "\"", "\\", "\n", "\r", "\t",
        "<p>", "\u0001", "\u001f", "\u2028", "\u2029", "\u20AC", "\u07FF\u0800", "\uD83D\uDE00", "\uD83D", "\uDE00", "", " "};

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) sb.append(PIECES[random.nextInt(PIECES.length)]);
        return sb.toString();
    }

    private static Object value(Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextInt();
            case 2 -> random.nextLong();
            case 3 -> random.nextBoolean();
            case 4 -> text(random);
            case 5 -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) m.put(text(random), value(random, depth + 1));
                yield m;
            }
            default -> {
                List<Object> l = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) l.add(value(random, depth + 1));
                yield l;
            }
        };
    }

    @Test
    void writtenBytesAreTheStringsUtf8() throws IOException {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            Object v = value(random, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = Json.write(v, out);
            byte[] expected = Json.of(v).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, out.toByteArray(), () -> Json.of(v));
            assertEquals(expected.length, n);
        }
    }

    @Test
    void longerThanTheBufferIsWrittenWhole() throws IOException {
        String long1 = "æ".repeat(20_000) + "\uD83D\uDE00".repeat(5_000) + "<".repeat(3_000);
        Object v = List.of(long1, Map.of("k", long1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.write(v, out);
        assertArrayEquals(Json.of(v).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
