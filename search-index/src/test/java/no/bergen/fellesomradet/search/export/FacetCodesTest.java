package no.bergen.fellesomradet.search.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FacetCodesTest {

    @Test
    void everyDocumentReadsBackItsOwnFacets() {
        FacetCodes codes = new FacetCodes();
        List<List<Long>> expected = new ArrayList<>();
        for (int doc = 0; doc < 10_000; doc++) {
            int type = doc % 4;
            int owner = doc % 40 == 0 ? 39 : doc % 7; // more etater than fit in five bits
            long audiences = doc % 3 == 0 ? 1L << 40 | 5 : 2;
            codes.add(type, owner, audiences);
            expected.add(List.of((long) type, (long) owner, audiences));
        }
        List<List<Long>> table = codes.table();
        List<List<Long>> read = new ArrayList<>();
        for (String file : codes.files()) {
            int[] at = {0};
            while (at[0] < file.length()) read.add(table.get(Digits.read(file, at)));
        }
        assertEquals(expected, read);
        assertEquals(3, codes.files().size(), "4,096 documents a file");
    }

    @Test
    void theCommonestCombinationsTakeOneCharacter() {
        FacetCodes codes = new FacetCodes();
        for (int doc = 0; doc < 1000; doc++) codes.add(doc % 2, doc % 5, 1);
        assertEquals(1000, codes.files().get(0).length());
        assertTrue(codes.table().size() <= 32);
    }
}
