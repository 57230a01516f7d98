package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;

/** {@code new} writes what the content model asks for, and check refuses it only for the [[fyll inn]] left to answer. */
class ScaffoldTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EntryType.class)
    void scaffoldHasEveryRequiredFieldAndSection(EntryType type) throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        TestProject.Run made = project.run("new", type.key(), "ny-side", "--content", project.content.toString());
        assertEquals(0, made.code(), made.all());
        String text = java.nio.file.Files.readString(project.content.resolve(type.folder()).resolve("ny-side.md"));
        for (Field f : ContentModel.of(type).fields()) {
            if (f.required()) assertTrue(text.contains("\n" + f.key() + ":"), f.key() + "\n" + text);
        }
        for (String section : ContentModel.of(type).sectionTitles()) assertTrue(text.contains("\n## " + section + "\n"), section);
        TestProject.Run check = project.run("check", "--content", project.content.toString());
        assertEquals(1, check.code(), check.all());
        String own = check.all().lines().filter(l -> l.contains("ny-side.md") && l.contains(": error: ")).reduce("", (a, b) -> a + b + "\n");
        assertFalse(own.isEmpty(), check.all());
        assertFalse(own.contains("Ukjent felt"), own);
        assertFalse(own.contains("mangler, men er påkrevd"), own);
    }
}
