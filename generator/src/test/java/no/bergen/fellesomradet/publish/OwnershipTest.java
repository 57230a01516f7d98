package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.validate.ContentLoader;

/** The forge asks the right etat to review: CODEOWNERS follows the owner data. */
class OwnershipTest {

    @TempDir
    Path dir;

    @Test
    void committedCodeOwnersMatchesTheOwnerData() throws Exception {
        Path content = TestProject.REPO.resolve("content");
        Site site = new ContentLoader(content, TestProject.REPO, LocalDate.now(), new Markdown())
                .load(new Project(content).settings()).site().orElseThrow();
        String committed = Files.readString(TestProject.REPO.resolve(".github/CODEOWNERS"));
        assertEquals(CodeOwners.of(site), committed, "run ./fellesomrade codeowners and commit the result");
        assertTrue(committed.contains("/content/tjenester/ppt.md @bergen-kommune/fellesomradet-espt"), committed);
    }

    @Test
    void codeOwnersCheckFailsWhenAnEntryMovesToAnotherEtat() throws Exception {
        TestProject p = TestProject.real(dir.resolve("repo"));
        assertEquals(0, p.run("codeowners", "--content", p.content.toString()).code());
        assertEquals(0, p.run("codeowners", "--content", p.content.toString(), "--check").code());
        Path ppt = p.content.resolve("tjenester/ppt.md");
        Files.writeString(ppt, Files.readString(ppt).replaceFirst("eier: .*", "eier: Etat for skole"));
        TestProject.Run r = p.run("codeowners", "--content", p.content.toString(), "--check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("stemmer ikke med eierdataene"), r.err());
    }
}
