package no.bergen.fellesomradet.search.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

class PostingsCodecTest {

    @Test
    void commonPostingsTakeTwoCharactersEach() {
        Map<Integer, Long> postings = new TreeMap<>();
        for (int doc = 0; doc < 1000; doc++) postings.put(doc * 3, doc % 2 == 0 ? 10413L : 10509L);
        List<Object> encoded = PostingsCodec.encode(postings);
        assertEquals(List.of(10413L, 10509L), encoded.get(0), "distinct scores, most frequent first");
        assertEquals(2000, ((String) encoded.get(1)).length());
    }

    @Test
    void largeGapsAndManyScoresStillRoundTrip() {
        Map<Integer, Long> postings = new TreeMap<>();
        for (int i = 0; i < 700; i++) postings.put(i * 40_000, 1000L + i); // 700 distinct scores, gaps of 40,000
        List<Object> encoded = PostingsCodec.encode(postings);
        @SuppressWarnings("unchecked")
        List<Long> scores = (List<Long>) encoded.get(0);
        assertEquals(postings, new TreeMap<>(PostingsCodec.decode(scores, (String) encoded.get(1))));
    }

    @Test
    void theCodeNeedsNoEscapingInJson() {
        Map<Integer, Long> postings = new TreeMap<>(Map.of(0, 5L, 31, 6L, 32, 7L, 1_000_000, 8L));
        String code = (String) PostingsCodec.encode(postings).get(1);
        assertEquals("\"" + code + "\"", Json.of(code));
        assertTrue(code.chars().allMatch(c -> Digits.ALPHABET.indexOf(c) >= 0));
    }

    @Property
    void decodeInvertsEncode(@ForAll @Size(max = 200) Map<@IntRange(min = 0, max = 2_000_000) Integer,
            @LongRange(min = 1, max = 5_000_000) Long> raw) {
        Map<Integer, Long> postings = new TreeMap<>(raw);
        List<Object> encoded = PostingsCodec.encode(postings);
        @SuppressWarnings("unchecked")
        List<Long> scores = (List<Long>) encoded.get(0);
        assertEquals(postings, new TreeMap<>(PostingsCodec.decode(scores, (String) encoded.get(1))));
    }
}
