package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import no.bergen.fellesomradet.relations.LayoutMemory;

/**
 * The map layouts of the last build, in {@code .fellesomrade/kartoppsett.txt} beside the Lucene
 * index: read when a build starts, written when it has succeeded, holding the layouts that build
 * used (so views that are gone are dropped). An editor's next build then lays out only the views
 * whose boxes or lines changed. A missing, unreadable or damaged file only means searching again.
 */
final class LayoutFile implements LayoutMemory {

    private static final String HEADER = "# Kartoppsett fra forrige bygging (laget av ./fellesomrade build; kan slettes).";

    private final Path file;
    private final Map<String, List<String>> before;
    private final Map<String, List<String>> used = new ConcurrentHashMap<>();

    private LayoutFile(Path file, Map<String, List<String>> before) {
        this.file = file;
        this.before = before;
    }

    static LayoutFile in(Path folder) {
        Path file = folder.resolve("kartoppsett.txt");
        Map<String, List<String>> before = new TreeMap<>();
        try {
            List<String> current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("@ ")) {
                    current = new ArrayList<>();
                    before.put(line.substring(2), current);
                } else if (current != null && !line.isBlank()) {
                    current.add(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            before.clear();
        }
        return new LayoutFile(file, before);
    }

    @Override
    public Optional<List<String>> recall(String key) {
        return Optional.ofNullable(before.get(key));
    }

    @Override
    public void remember(String key, List<String> layout) {
        used.put(key, List.copyOf(layout));
    }

    /** Writes the layouts this build used; a folder that cannot be written to costs the next build time, not this one. */
    void save() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, List<String>> e : new TreeMap<>(used).entrySet()) {
            text.append("@ ").append(e.getKey()).append('\n');
            for (String line : e.getValue()) text.append(line).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Only a cache: the next build searches again.
        }
    }
}
