package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;

/**
 * The pull-request preview's comment (.github/forhandsvisning.mjs), run as the workflow runs it
 * on a sample pull request: one entry changed, one removed, one added, with a warning in a
 * changed file; and a pull request whose content has an error, where the site is not built.
 */
class PreviewCommentTest {

    @TempDir
    Path dir;

    @Test
    void commentListsPagesAndFindings() throws Exception {
        TestProject base = TestProject.empty(dir.resolve("base"));
        base.write("tjenester/god.md", TestProject.service("God tjeneste"));
        base.write("tjenester/gammel.md", TestProject.service("Gammel tjeneste"));
        Path baseSite = base.buildInto(dir.resolve("site-base"));

        TestProject head = TestProject.empty(dir.resolve("head"));
        head.write("tjenester/god.md", TestProject.service("God tjeneste, endret"));
        head.write("tjenester/ny.md", TestProject.service("Ny tjeneste").replace("  telefon: \"116 111\"\n  kilde: [{side: \"https://www.116111.no/\", lest: 2026-11-01, gjelder: [telefon]}]\n",
                "  fylles_inn_av_eier: [telefon]\n"));
        Path headSite = head.buildInto(dir.resolve("site-head"));
        Path check = Files.writeString(dir.resolve("kontroll.txt"), TestProject.cli("check", "--content", head.content.toString()).all());
        Path changed = Files.writeString(dir.resolve("endret.txt"), "content/tjenester/god.md\ncontent/tjenester/ny.md\ncontent/tjenester/gammel.md\n");

        String comment = run(baseSite, headSite, check, changed, "https://forge.example/runs/1");
        assertTrue(comment.startsWith("<!-- fellesomradet-forhandsvisning -->\n## Forhåndsvisning av endringen"), comment);
        assertTrue(comment.contains("✅ **Kontrollen fant ingen feil.**"), comment);
        assertTrue(comment.contains("**Nye sider (1)**\n\n- `/tjenester/ny/`"), comment);
        assertTrue(comment.contains("**Sider som forsvinner (1)**\n\n- `/tjenester/gammel/`"), comment);
        assertTrue(comment.contains("- `/tjenester/god/`"), comment);
        assertTrue(comment.contains("ny.md`, linje "), comment);
        assertTrue(comment.contains("telefon er ikke fylt inn ennå"), comment);
        assertTrue(comment.contains("https://forge.example/runs/1"), comment);
        assertFalse(comment.contains("/admin/"), "the editor is not a page: " + comment);
    }

    @Test
    void anErrorIsShownAndNoPagesWhenTheBuildStopped() throws Exception {
        TestProject base = TestProject.empty(dir.resolve("base"));
        base.write("tjenester/god.md", TestProject.service("God tjeneste"));
        Path baseSite = base.buildInto(dir.resolve("site-base"));
        TestProject head = TestProject.empty(dir.resolve("head"));
        head.write("tjenester/god.md", TestProject.service("God tjeneste").replace("sammendrag: En tjeneste for testing.\n", ""));
        TestProject.Run check = TestProject.cli("check", "--content", head.content.toString());
        assertEquals(1, check.code());
        Path out = Files.writeString(dir.resolve("kontroll.txt"), check.all());

        String comment = run(baseSite, dir.resolve("ikke-bygget"), out, null, "");
        assertTrue(comment.contains("❌ **Kontrollen fant 1 feil.**"), comment);
        assertTrue(comment.contains("god.md`, linje 2: `sammendrag` mangler, men er påkrevd."), comment);
        assertTrue(comment.contains("**Nettstedet ble ikke bygget**"), comment);
        assertFalse(comment.contains("Last ned"), comment);
    }

    private static String run(Path baseSite, Path headSite, Path check, Path changed, String url) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("node", TestProject.REPO.resolve(".github/forhandsvisning.mjs").toString(),
                baseSite.toString(), headSite.toString(), check.toString()));
        if (changed != null) cmd.add(changed.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("FORHANDSVISNING_URL", url);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
