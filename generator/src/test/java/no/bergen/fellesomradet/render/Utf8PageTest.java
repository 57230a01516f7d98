package no.bergen.fellesomradet.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A page written in pieces has the bytes of the whole text encoded at once. */
class Utf8PageTest {

    /** ASCII, Norwegian letters, an en dash, an emoji (a surrogate pair) and half pairs. */
    private static final String[] PARTS = {"<p>", "Barn og unge ", "0–18 år", "æøå ÆØÅ", "«sitat»", "\uD83D\uDE00", "\uD83D",
        "\uDE00", "x", "", "\u20AC", "\u07FF\u0800"};

    @Test
    void piecesOfEveryKindGiveTheBytesOfTheWholeText() {
        Random random = new Random(7);
        Utf8Page reused = new Utf8Page(4);
        reused.write("\uD83D");
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) text.append(PARTS[random.nextInt(PARTS.length)]);
            String whole = text.toString();
            // A page is used again for the next one: what the last left (half a pair) must not show.
            Utf8Page page = round % 2 == 0 ? new Utf8Page(4) : reused;
            page.clear();
            int at = 0;
            while (at < whole.length()) {
                // Cut anywhere, also between the halves of a pair, and write as a string or as characters.
                int end = Math.min(whole.length(), at + 1 + random.nextInt(6));
                String piece = whole.substring(at, end);
                switch (random.nextInt(3)) {
                    case 0 -> page.write(piece);
                    case 1 -> page.write(piece.toCharArray(), 0, piece.length());
                    default -> page.write(("ab" + piece + "c").toCharArray(), 2, piece.length());
                }
                at = end;
            }
            assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), page.toByteArray(), () -> "for " + whole.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
