package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode of the graph's records behave as the generated ones did. */
class GraphKeysTest {

    /** Group's components without its written-out methods: what the compiler generates. */
    private record GeneratedGroup(String key, String name, String column, String columnName, int order) { }

    @Test
    void aGroupHashesAsTheGeneratedRecordDid() {
        String[][] values = {{"ppt", "PPT", "oppvekst", "Byrådsavdeling for oppvekst"}, {"andre", null, "andre", ""}, {"", "", "", ""}};
        for (String[] v : values) {
            for (int order : new int[] {0, 7, -3}) {
                assertEquals(new GeneratedGroup(v[0], v[1], v[2], v[3], order).hashCode(),
                        new CooperationGraph.Group(v[0], v[1], v[2], v[3], order).hashCode());
            }
        }
    }

    @Test
    void recordsAreEqualExactlyWhenEveryComponentIs() {
        CooperationGraph.Group g = new CooperationGraph.Group("ppt", "PPT", "oppvekst", "Oppvekst", 2);
        assertEquals(g, new CooperationGraph.Group("ppt", "PPT", "oppvekst", "Oppvekst", 2));
        assertNotEquals(g, new CooperationGraph.Group("ppt", "PPT", "oppvekst", "Oppvekst", 3));
        assertNotEquals(g, new CooperationGraph.Group("ppt", "PPT", "andre", "Oppvekst", 2));
        CooperationGraph.Edge e = new CooperationGraph.Edge("a", "b", CooperationGraph.Kind.DELTAR);
        assertEquals(e, new CooperationGraph.Edge("a", "b", CooperationGraph.Kind.DELTAR));
        assertEquals(e.hashCode(), new CooperationGraph.Edge("a", "b", CooperationGraph.Kind.DELTAR).hashCode());
        assertNotEquals(e, new CooperationGraph.Edge("a", "b", CooperationGraph.Kind.SAMARBEIDER));
        assertNotEquals(e, new CooperationGraph.Edge("a", "c", CooperationGraph.Kind.DELTAR));
    }
}
