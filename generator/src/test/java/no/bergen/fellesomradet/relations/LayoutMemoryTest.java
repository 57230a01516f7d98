package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A remembered layout draws the same map as the search, and a layout that does not fit its view is never used. */
class LayoutMemoryTest {

    /** Remembers in a map, and counts what it was asked for and what it had. */
    static final class Recorder implements LayoutMemory {
        final Map<String, List<String>> kept = new HashMap<>();
        int recalled;

        @Override
        public Optional<List<String>> recall(String key) {
            Optional<List<String>> found = Optional.ofNullable(kept.get(key));
            if (found.isPresent()) recalled++;
            return found;
        }

        @Override
        public void remember(String key, List<String> layout) {
            kept.put(key, layout);
        }
    }

    @Test
    void aSecondBuildReusesEveryLayoutAndDrawsTheSameMaps() {
        List<MapView> views = MapViews.of(ColumnLayoutTest.GRAPH);
        Recorder memory = new Recorder();
        List<Drawing> first = new ArrayList<>();
        for (MapView v : views) first.add(new ColumnLayout(ColumnLayoutTest.GRAPH, memory).draw(v));
        assertEquals(0, memory.recalled);
        for (int i = 0; i < views.size(); i++) {
            assertEquals(first.get(i), new ColumnLayout(ColumnLayoutTest.GRAPH, memory).draw(views.get(i)), views.get(i).path());
        }
        assertEquals(views.size(), memory.recalled, "every view was laid out from memory");
    }

    @Test
    void aDamagedOrForeignLayoutIsSearchedAgain() {
        MapView whole = MapViews.of(ColumnLayoutTest.GRAPH).get(0);
        Drawing searched = ColumnLayoutTest.LAYOUT.draw(whole);
        String key = RememberedLayouts.key(whole, ColumnLayoutTest.GRAPH);
        for (List<String> bad : List.<List<String>>of(List.of("C nowhere"), List.of("S ppt"), List.of("nonsense"), List.of())) {
            Recorder memory = new Recorder();
            memory.kept.put(key, bad);
            assertEquals(searched, new ColumnLayout(ColumnLayoutTest.GRAPH, memory).draw(whole), bad.toString());
        }
    }

    @Test
    void theKeyChangesWithTheLinesOfTheView() {
        List<MapView> views = MapViews.of(ColumnLayoutTest.GRAPH);
        MapView whole = views.get(0);
        MapView fewer = new MapView(whole.path(), whole.scope(), whole.key(), whole.title(), whole.nodes(),
                whole.edges().subList(1, whole.edges().size()), whole.focus());
        assertNotEquals(RememberedLayouts.key(whole, ColumnLayoutTest.GRAPH), RememberedLayouts.key(fewer, ColumnLayoutTest.GRAPH));
    }
}
