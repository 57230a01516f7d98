package no.bergen.fellesomradet.content;

import java.nio.file.Path;

/**
 * A content file as text: decoded, BOM removed, every line ending turned into {@code \n}.
 *
 * @param path    where messages should say the file is (relative to the working directory when possible)
 * @param relPath path relative to the content folder, with {@code /}
 */
public record SourceFile(Path path, String relPath, String text) {

    /** The file name without {@code .md}: the entry's slug. */
    public String slug() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The first folder of the relative path ({@code tjenester}), or "" for a file at the top. */
    public String folder() {
        int slash = relPath.indexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }
}
