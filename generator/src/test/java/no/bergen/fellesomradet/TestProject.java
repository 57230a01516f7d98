package no.bergen.fellesomradet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import no.bergen.fellesomradet.cli.Main;

/** A throwaway copy of the project (content, data, templates) for tests that write or break things. */
public final class TestProject {

    /** The repository root, found from the module folder the tests run in. */
    public static final Path REPO = findRepo();

    public final Path root;
    public final Path content;

    private TestProject(Path root) {
        this.root = root;
        this.content = root.resolve("content");
    }

    private static Path findRepo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("content/jbake.properties"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found");
        return p;
    }

    /** Data files, settings and templates, but no entries. */
    public static TestProject empty(Path dir) throws IOException {
        TestProject t = new TestProject(dir);
        copyTree(REPO.resolve("content/data"), t.content.resolve("data"));
        Files.copy(REPO.resolve("content/jbake.properties"), t.content.resolve("jbake.properties"));
        copyTree(REPO.resolve("templates"), dir.resolve("templates"));
        for (String folder : new String[] {"tjenester", "veiledere", "samarbeid", "stier"}) {
            Files.createDirectories(t.content.resolve(folder));
        }
        return t;
    }

    /** A full copy of the real content. */
    public static TestProject real(Path dir) throws IOException {
        TestProject t = new TestProject(dir);
        copyTree(REPO.resolve("content"), t.content);
        copyTree(REPO.resolve("templates"), dir.resolve("templates"));
        return t;
    }

    public Path write(String relPath, String text) throws IOException {
        Path file = content.resolve(relPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    public Path writeBytes(String relPath, byte[] bytes) throws IOException {
        Path file = content.resolve(relPath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    /** Runs the command line; output and errors together, as a user sees them. */
    public Run run(String... args) {
        return cli(args);
    }

    /** Builds this project's content into {@code site}; a failed build fails the test with its output. */
    public Path buildInto(Path site) {
        Run r = run("build", "--content", content.toString(), "--out", site.toString());
        if (r.code() != 0) throw new AssertionError("build failed (exit " + r.code() + "):\n" + r.all());
        return site;
    }

    public static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    public record Run(int code, String out, String err) {
        public String all() { return out + err; }
    }

    /** File → SHA-256 of every file below a folder: two equal maps are byte-identical trees. */
    public static java.util.Map<String, String> digests(Path root) throws IOException {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    /**
     * A valid service entry that cooperates with the entry {@code god}, to be varied by tests. Each
     * call has its own id; {@code id} and {@code los} come last so the other fields keep their lines.
     */
    public static String service(String title) {
        return service(title, "god");
    }

    public static String service(String title, String partner) {
        return """
                ---
                type: tjeneste
                tittel: %s
                sammendrag: En tjeneste for testing.
                stikkord:
                  - test
                eier: Etat for barn og familie
                innholdseier:
                  rolle: Fagleder, Etat for barn og familie
                sist_kontrollert: 2026-11-01
                kilder:
                  - 001_92099b2ac8fd838f.txt l. 1–10
                maalgruppe:
                  - barn
                alder:
                  fra: 0
                  til: 18
                henvisning:
                  - selvhenvisning
                kontakt:
                  telefon: "116 111"
                  kilde: [{side: "https://www.116111.no/", lest: 2026-11-01, gjelder: [telefon]}]
                samarbeider_med: [%s]
                id: %s
                los: [ord/barnevern]
                ---

                ## Hva tjenesten gjør

                Den hjelper.

                ## Hvem kan få hjelp

                Barn.

                ## Slik tar du kontakt

                Ring.

                ## Når du er bekymret for et barn

                Følg veilederen.
                """.formatted(title, partner, UUID.randomUUID());
    }
}
