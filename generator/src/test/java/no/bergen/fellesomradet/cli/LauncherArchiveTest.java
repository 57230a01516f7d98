package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * The launcher (./fellesomrade) keeps a class-data archive per subcommand, written by the first
 * run, and every later run starts from it. An archive from a run that stopped early holds few of
 * the command's classes, so it is kept only from a run that did its job. Tested with the real
 * script and a stand-in jar that exits with the code it is given, since the tool's jar does not
 * exist yet when the tests run.
 */
class LauncherArchiveTest {

    @TempDir
    static Path dir;
    static Path launcher;
    static Path target;
    static Path jar;

    @BeforeAll
    static void setUp() throws Exception {
        launcher = dir.resolve("fellesomrade");
        Files.copy(TestProject.REPO.resolve("fellesomrade"), launcher);
        assertTrue(launcher.toFile().setExecutable(true));
        target = Files.createDirectories(dir.resolve("generator/target"));
        jar = standInJar(dir.resolve("stand-in"));
    }

    /** A jar whose main exits with the code in EXIT_CODE (0 when unset). */
    private static Path standInJar(Path work) throws IOException {
        Path src = Files.createDirectories(work.resolve("src")).resolve("Exit.java");
        Files.writeString(src, "public class Exit { public static void main(String[] a) {"
                + " System.exit(Integer.parseInt(System.getenv().getOrDefault(\"EXIT_CODE\", \"0\"))); } }");
        Path classes = Files.createDirectories(work.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "javac");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Exit");
        Path out = work.resolve("exit.jar");
        try (JarOutputStream jarOut = new JarOutputStream(Files.newOutputStream(out), manifest)) {
            jarOut.putNextEntry(new JarEntry("Exit.class"));
            Files.copy(classes.resolve("Exit.class"), jarOut);
            jarOut.closeEntry();
        }
        return out;
    }

    private static int run(int exitCode, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.log").toFile());
        pb.environment().put("FELLESOMRADE_JAR", jar.toString());
        pb.environment().put("EXIT_CODE", Integer.toString(exitCode));
        pb.environment().remove("FELLESOMRADE_JAVA_OPTS");
        pb.environment().put("FELLESOMRADE_DAEMON", "0"); // the stand-in cannot be one (LauncherDaemonTest)
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return p.exitValue();
    }

    /** The archives the launcher keeps for a subcommand; a half-written one must not be left behind. */
    private static List<Path> archives(String command) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.matches(".*\\.jsa\\.[0-9]+")), "left behind: " + names);
            return names.stream().filter(n -> n.endsWith("-" + command + ".jsa")).map(target::resolve).toList();
        }
    }

    @Test
    void aRunThatStopsEarlyKeepsNoArchive() throws Exception {
        assertEquals(0, run(0, "check", "--help"));
        assertEquals(List.of(), archives("check"), "a help run loads few of the command's classes");
        assertEquals(1, run(1, "check"), "the exit code is the command's");
        assertEquals(List.of(), archives("check"), "a run that failed");
        assertEquals(0, run(0, "check"));
        assertEquals(1, archives("check").size(), "kept from a run that did its job");
        assertEquals(0, run(0, "check"), "a later run starts from the archive");
    }

    @Test
    void serveStoppedWithCtrlCKeepsItsArchiveABuildDoesNot() throws Exception {
        assertEquals(130, run(130, "build"));
        assertEquals(List.of(), archives("build"));
        assertEquals(130, run(130, "serve"));
        assertEquals(1, archives("serve").size(), "serve's job ends with Ctrl+C");
    }
}
