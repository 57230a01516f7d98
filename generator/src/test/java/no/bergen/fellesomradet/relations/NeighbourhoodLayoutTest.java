package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NeighbourhoodLayoutTest {

    @Test
    void namesWrapBetweenWordsAndAreCutOnlyWhenTheyDoNotFit() {
        NeighbourhoodLayout.Wrapped w = NeighbourhoodLayout.wrap("Bergen inkluderingssenter og Introduksjonssenteret", 42, 2);
        assertEquals(List.of("Bergen inkluderingssenter og", "Introduksjonssenteret"), w.lines());
        assertFalse(w.shortened());
        NeighbourhoodLayout.Wrapped cut = NeighbourhoodLayout.wrap("a b c d e f g h", 3, 2);
        assertEquals(List.of("a b", "c…"), cut.lines(), "the mark of a cut name fits too");
        assertTrue(cut.shortened());
        NeighbourhoodLayout.Wrapped longWord = NeighbourhoodLayout.wrap("Barnevernsinstitusjonsplassering", 10, 2);
        assertEquals(10, longWord.lines().get(0).length(), longWord.lines().toString());
        assertTrue(longWord.shortened());
    }

    @Test
    void theEntryGoesWhereTheGroupsAboveAndBelowAreClosestInHeight() {
        assertEquals(0, NeighbourhoodLayout.split(new int[] {50}), "one group: below the entry");
        assertEquals(1, NeighbourhoodLayout.split(new int[] {50, 50}));
        assertEquals(2, NeighbourhoodLayout.split(new int[] {20, 20, 50}));
        assertEquals(1, NeighbourhoodLayout.split(new int[] {100, 20, 20, 20}));
    }
}
