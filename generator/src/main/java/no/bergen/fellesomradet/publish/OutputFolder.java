package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace a folder. A build swaps its output in whole (see
 * {@link AtomicDirectory}), so the folder it is pointed at is deleted: that is allowed only for a
 * folder that is absent, empty or a previous build (which carries {@link #MARKER}), and never for
 * the content, the templates, the repository or the home folder, or a folder that holds one of them.
 */
public final class OutputFolder {

    /** Written into every folder a build creates; its presence says the folder may be replaced. */
    public static final String MARKER = ".fellesomrade-bygg";
    private static final String MARKER_TEXT = "Laget av «fellesomrade build». Mappen erstattes ved neste bygging.\n";

    private OutputFolder() { }

    /** Marks a folder as made by a build. */
    static void mark(Path dir) throws IOException {
        Files.writeString(dir.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    /**
     * A previous build: it carries the marker, or it was built before the marker existed — a site
     * (a front page beside the search engine's script) or a Lucene index (a segments file), which
     * no hand-made folder looks like.
     */
    static boolean isBuild(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
        if (Files.isRegularFile(dir.resolve("index.html")) && Files.isRegularFile(dir.resolve("assets/js/sok-motor.js"))) return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Throws {@link BuildRefused} unless a build may replace {@code target}. Touches nothing. */
    public static void checkReplaceable(Path target, Project project) {
        Path out = canonical(target);
        Map<Path, String> kept = new LinkedHashMap<>();
        kept.put(canonical(project.contentDir()), "innholdsmappen");
        kept.put(canonical(project.templatesDir()), "malmappen");
        kept.put(canonical(project.sourceDir()), "prosjektmappen");
        Optional.ofNullable(System.getProperty("user.home")).filter(h -> !h.isBlank())
                .ifPresent(h -> kept.put(canonical(Path.of(h)), "hjemmemappen din"));
        String what = kept.entrySet().stream().filter(k -> out.equals(k.getKey())).map(k -> "er " + k.getValue()).findFirst()
                .or(() -> kept.entrySet().stream().filter(k -> k.getKey().startsWith(out))
                        .map(k -> "inneholder " + k.getValue() + " «" + k.getKey() + "»").findFirst())
                .orElse(null);
        if (what != null) {
            throw new BuildRefused("«" + target + "» " + what + ", og et bygg erstatter hele mappen det skrives til. "
                    + "Velg en egen mappe for nettstedet, for eksempel --out site.");
        }
        for (Path inside : new Path[] {canonical(project.contentDir()), canonical(project.templatesDir())}) {
            if (out.startsWith(inside)) {
                throw new BuildRefused("«" + target + "» ligger inne i «" + inside + "»; nettstedet skal ikke bygges inn i "
                        + "innholdet eller malene. Velg en mappe utenfor, for eksempel --out site.");
            }
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(out)) {
            throw new BuildRefused("«" + target + "» finnes og er en fil, ikke en mappe. Velg en annen mappe med --out.");
        }
        if (!isBuild(out) && !isEmpty(out)) {
            throw new BuildRefused("«" + target + "» har filer som ikke er fra et tidligere bygg, og et bygg erstatter hele "
                    + "mappen. Velg en ny eller tom mappe, for eksempel --out site, så blir filene der liggende.");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The real path, also for a folder that does not exist yet (its nearest existing ancestor is
     * resolved), so a link or "a/../b" cannot slip a protected folder past the comparison.
     */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return abs;
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
