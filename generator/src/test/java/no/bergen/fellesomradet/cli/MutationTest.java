package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * The real entries, damaged the way a hurried edit in a web editor damages them: a line cut or
 * doubled, a colon lost, the indentation wrong, two characters swapped, a stray quote. After every
 * damage {@code check} must answer with exit 0 or 1 (never a crash), name a file and a line for every
 * error, and a {@code build} that fails must leave the previous site byte for byte.
 */
class MutationTest {

    private static final int DAMAGES = 300;
    private static final long SEED = 20261205L;
    private static final Pattern ERROR_LINE = Pattern.compile("^\\S.*\\.(md|yaml|txt|properties):\\d+: error: \\S.*");

    @TempDir
    Path dir;

    @Test
    void everyDamageGivesFileAndLineAndKeepsThePreviousSite() throws IOException {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = project.buildInto(dir.resolve("site"));
        Map<String, String> baseline = TestProject.digests(site);
        List<Path> entries;
        try (Stream<Path> files = Files.walk(project.content)) {
            entries = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Random random = new Random(SEED);
        int failedBuilds = 0;
        for (int i = 0; i < DAMAGES; i++) {
            Path file = entries.get(random.nextInt(entries.size()));
            String original = Files.readString(file);
            Damage damage = Damage.values()[random.nextInt(Damage.values().length)];
            String damaged = damage.apply(original, random);
            String what = "damage " + i + " (" + damage + ") to " + project.content.relativize(file);
            Files.writeString(file, damaged);
            try {
                TestProject.Run check = project.run("check", "--content", project.content.toString());
                assertTrue(check.code() == 0 || check.code() == 1, what + ": exit " + check.code() + "\n" + check.all());
                assertFalse(check.all().contains("uventet feil") || check.all().contains("Exception"), what + "\n" + check.all());
                for (String line : check.out().lines().filter(l -> l.contains(": error: ")).toList()) {
                    assertTrue(ERROR_LINE.matcher(line).matches(), what + ": an error without file and line: " + line);
                }
                if (check.code() == 1) {
                    assertTrue(check.out().contains(": error: "), what + ": exit 1 without an error line\n" + check.all());
                    TestProject.Run build = project.run("build", "--content", project.content.toString(), "--out", site.toString());
                    assertEquals(1, build.code(), what + "\n" + build.all());
                    assertEquals(baseline, TestProject.digests(site), what + ": the previous site changed");
                    failedBuilds++;
                }
            } finally {
                Files.writeString(file, original);
            }
        }
        assertTrue(failedBuilds > DAMAGES / 4, "too few damages were errors (" + failedBuilds + "): the damages are too gentle");
    }

    /** One small random damage to a file's text. */
    enum Damage {
        CUT_LINE {
            String apply(String text, Random r) {
                List<String> lines = lines(text);
                lines.remove(pick(lines, r));
                return String.join("\n", lines);
            }
        },
        DOUBLE_LINE {
            String apply(String text, Random r) {
                List<String> lines = lines(text);
                int i = pick(lines, r);
                lines.add(i, lines.get(i));
                return String.join("\n", lines);
            }
        },
        DROP_COLON {
            String apply(String text, Random r) {
                List<String> lines = lines(text);
                int i = pick(lines, r);
                lines.set(i, lines.get(i).replaceFirst(":", ""));
                return String.join("\n", lines);
            }
        },
        WRONG_INDENT {
            String apply(String text, Random r) {
                List<String> lines = lines(text);
                int i = pick(lines, r);
                String l = lines.get(i);
                lines.set(i, l.startsWith("  ") && r.nextBoolean() ? l.substring(2) : (r.nextBoolean() ? " " : "   ") + l);
                return String.join("\n", lines);
            }
        },
        SWAP_CHARACTERS {
            String apply(String text, Random r) {
                int end = frontMatterEnd(text);
                int i = r.nextInt(Math.max(1, end - 1));
                char[] c = text.toCharArray();
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
            }
        },
        STRAY_QUOTE {
            String apply(String text, Random r) {
                int i = r.nextInt(Math.max(1, frontMatterEnd(text)));
                return text.substring(0, i) + (r.nextBoolean() ? "\"" : "'") + text.substring(i);
            }
        };

        abstract String apply(String text, Random r);

        /** Most damage goes to the front matter, where a slip breaks the most. */
        static int pick(List<String> lines, Random r) {
            int end = 0;
            for (int i = 1; i < lines.size(); i++) if (lines.get(i).equals("---")) { end = i; break; }
            return r.nextInt(10) < 8 && end > 0 ? r.nextInt(end + 1) : r.nextInt(lines.size());
        }

        static int frontMatterEnd(String text) {
            int end = text.indexOf("\n---", 4);
            return end < 0 ? text.length() - 1 : end + 4;
        }

        static List<String> lines(String text) {
            return new ArrayList<>(List.of(text.split("\n", -1)));
        }
    }
}
