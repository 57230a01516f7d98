package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.bergen.fellesomradet.TestProject;

/** Every command explains itself, and a mistyped option points to that explanation. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"build", "check", "serve", "search", "new", "codeowners"})
    void everyCommandAnswersHelp(String command) {
        TestProject.Run r = TestProject.cli(command, "--help");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("Bruk: fellesomrade " + command), r.out());
        assertTrue(r.out().contains("-h, --help") && r.out().contains("Vis denne hjelpen."), r.out());
    }

    @Test
    void aMistypedOptionSaysSoInNorwegianAndWhereHelpIs() {
        TestProject.Run r = TestProject.cli("build", "--utt", "site");
        assertEquals(2, r.code());
        assertEquals("feil: ukjent valg eller argument: --utt site\nSe «fellesomrade build --help».\n", r.err());
        assertEquals(0, TestProject.cli("build", "--help").code(), "the help it points to exists");
    }

    @Test
    void aMistypedCommandPointsToTheListOfCommands() {
        TestProject.Run r = TestProject.cli("bygg");
        assertEquals(2, r.code());
        assertEquals("feil: ukjent valg eller argument: bygg\nSe «fellesomrade --help».\n", r.err());
        TestProject.Run list = TestProject.cli("--help");
        for (String command : new String[] {"build", "check", "serve", "search", "new", "codeowners", "help"}) {
            assertTrue(list.out().contains("\n  " + command + " "), command + " missing from\n" + list.out());
        }
    }

    @Test
    void helpForACommandShowsThatCommandsHelp() {
        TestProject.Run r = TestProject.cli("help", "check");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("Bruk: fellesomrade check"), r.out());
    }
}
