package no.bergen.fellesomradet.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code id} each entry file has in a commit (HEAD unless told otherwise), so {@code check} can
 * refuse an id that was changed. One {@code git grep} over the commit's tree, not one process per
 * file: linear, and about as fast at 10,000 entries as at 60. Empty when the content folder is not
 * in git, or the commit does not exist (a fresh folder, a shallow clone without the base branch).
 */
public final class CommittedIds {

    private CommittedIds() { }

    /** File path relative to the content folder ({@code tjenester/ppt.md}) → the id written there. */
    public static Map<String, String> read(Path contentDir, String ref) {
        Map<String, String> ids = new HashMap<>();
        // "--" keeps a ref that looks like an option from being read as one; ref names come from the command line.
        if (ref.startsWith("-")) return ids;
        Optional<String> out = git(contentDir, "grep", "-I", "-E", "^id:", ref, "--", "*.md");
        if (out.isEmpty()) return ids;
        String prefix = ref + ":";
        for (String line : out.get().split("\n")) {
            if (!line.startsWith(prefix)) continue;
            String rest = line.substring(prefix.length());
            int colon = rest.indexOf(":id:");
            if (colon < 0) continue;
            String value = rest.substring(colon + 4).strip();
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) value = value.substring(1, value.length() - 1);
            // The front matter comes first: a later "id:" line in the body is not the entry's id.
            ids.putIfAbsent(rest.substring(0, colon), value.strip());
        }
        return ids;
    }

    /** Git's output, or empty on any failure; exit 1 from grep means no match, an empty answer. */
    private static Optional<String> git(Path dir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroy();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
