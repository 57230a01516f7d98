package no.bergen.fellesomradet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import no.bergen.fellesomradet.validate.Findings;

/**
 * First stage: finds the entry files under the content folder and reads them as text. Refuses what
 * must never reach the site (symlinks, huge files, bytes that are not text) with a message per file.
 */
public final class ContentReader {

    /** Entries are short texts; anything larger is a mistake (a pasted export, a binary). */
    public static final long MAX_BYTES = 1_000_000;

    /** Folders under content/ that hold entries; the rest (data/, bilder/) hold other things. */
    private static final Set<String> NON_ENTRY_FOLDERS = Set.of("data", "bilder");

    private final Path contentDir;
    private final Path displayBase;

    /**
     * @param displayBase messages show paths relative to this folder (normally the working directory)
     */
    public ContentReader(Path contentDir, Path displayBase) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    public Path contentDir() {
        return contentDir;
    }

    /** Reads every {@code .md} file below the content folder, in a stable order. */
    public List<SourceFile> readAll(Findings findings) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> !p.equals(contentDir)).sorted().toList();
        }
        // Files are read on all cores (a tenth of a 10,000-entry build's first stage was this loop
        // on one), each with findings of its own, merged in file order.
        List<Read> reads;
        try {
            reads = files.parallelStream().map(this::readIfEntry).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<SourceFile> out = new ArrayList<>();
        for (Read r : reads) {
            findings.addAll(r.findings());
            r.file().ifPresent(out::add);
        }
        return out;
    }

    private record Read(Optional<SourceFile> file, Findings findings) { }

    private Read readIfEntry(Path file) {
        Findings own = new Findings();
        String rel = contentDir.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith(".") || rel.contains("/.")) return new Read(Optional.empty(), own);
        if (Files.isSymbolicLink(file)) {
            own.error(display(file), 1, "Symbolske lenker er ikke tillatt i content/: legg inn selve filen i stedet.");
            return new Read(Optional.empty(), own);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !rel.endsWith(".md")) return new Read(Optional.empty(), own);
        if (NON_ENTRY_FOLDERS.contains(rel.split("/")[0])) return new Read(Optional.empty(), own);
        try {
            return new Read(read(file, rel, own), own);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file (used by serve when a single entry changed). */
    public Optional<SourceFile> read(Path file, String rel, Findings findings) throws IOException {
        Path shown = display(file);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            String mb = String.format(Locale.ROOT, "%.1f", size / 1e6).replace('.', ',');
            findings.error(shown, 1, "Filen er for stor (" + mb + " MB); en oppføring kan være høyst 1 MB.");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            findings.error(shown, 1, "Filen er tom. Lag en ny oppføring med «./fellesomrade new TYPE SLUG».");
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceFile(shown, rel, TextDecoder.decode(bytes)));
        } catch (TextDecoder.NotText e) {
            findings.error(shown, e.line(), "Filen er ikke gyldig UTF-8. Lagre den som UTF-8 (i de fleste redigeringsprogram: «Lagre som» → «UTF-8»).");
            return Optional.empty();
        }
    }

    public Path display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(displayBase) ? displayBase.relativize(abs) : abs;
    }
}
