package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When content files last changed, from git when the project is a git checkout. Dates come from
 * commits, not the clock, so the same commit always gives the same site.
 */
public final class ContentHistory {

    private final Map<String, LocalDate> lastChange;
    private final Optional<LocalDate> head;

    private ContentHistory(Map<String, LocalDate> lastChange, Optional<LocalDate> head) {
        this.lastChange = lastChange;
        this.head = head;
    }

    /** Reads git history of {@code contentDir}; empty when git or the repository is missing. */
    public static ContentHistory read(Path contentDir) {
        Map<String, LocalDate> dates = new HashMap<>();
        Optional<LocalDate> head = Optional.empty();
        Optional<String> log = git(contentDir, "log", "--format=%x00%cs", "--name-only", "--relative", "--", ".");
        if (log.isPresent()) {
            LocalDate current = null;
            for (String line : log.get().split("\n")) {
                if (line.startsWith("\0")) {
                    current = LocalDate.parse(line.substring(1).strip());
                    if (head.isEmpty()) head = Optional.of(current);
                } else if (!line.isBlank() && current != null) {
                    dates.putIfAbsent(line.strip(), current);
                }
            }
        }
        return new ContentHistory(dates, head);
    }

    /** Last commit touching a file, by its path relative to the content folder. */
    public Optional<LocalDate> lastChange(String relPath) {
        return Optional.ofNullable(lastChange.get(relPath));
    }

    /**
     * The date a build reckons ages from: SOURCE_DATE_EPOCH when set (reproducible builds), else
     * the last commit of the content, else {@code fallback}.
     */
    public LocalDate asOf(LocalDate fallback) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return head.orElse(fallback);
    }

    private static Optional<String> git(Path dir, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) return Optional.empty();
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
