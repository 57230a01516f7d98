package no.bergen.fellesomradet.relations;

import java.util.List;
import java.util.Optional;

/**
 * Layouts found by earlier builds. {@link ColumnLayout}'s search is deterministic: the same view
 * (the same boxes in the same groups and columns, the same lines) laid out by the same code always
 * gives the same picture, so a layout remembered under the view's {@link RememberedLayouts#key key}
 * is the one the search would find again, and a build need not search for it. The key covers the
 * layout code too, so a changed search never reuses an old result.
 */
public interface LayoutMemory {

    /** The layout remembered under {@code key}, as {@link RememberedLayouts#encode} wrote it. */
    Optional<List<String>> recall(String key);

    /** Remembers a layout this build found or reused. */
    void remember(String key, List<String> layout);

    /** Remembers nothing: every layout is searched for. */
    LayoutMemory NONE = new LayoutMemory() {
        @Override
        public Optional<List<String>> recall(String key) {
            return Optional.empty();
        }

        @Override
        public void remember(String key, List<String> layout) { }
    };
}
