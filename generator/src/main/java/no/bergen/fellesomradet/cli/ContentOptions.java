package no.bergen.fellesomradet.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --content} option shared by the commands that read entries. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "MAPPE", defaultValue = "content",
            description = "Mappen med oppføringene (standard: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = {"-v", "--verbose"}, description = "Vis mer om hva som skjer.")
    void verbose(boolean on) {
        Verbosity.set(on);
    }

    Path contentDir() {
        if (!Files.isDirectory(content)) {
            throw new UserError("Fant ikke innholdsmappen «" + content + "». Kjør kommandoen fra prosjektmappen, eller oppgi --content MAPPE.");
        }
        if (!Files.isRegularFile(content.resolve("jbake.properties"))) {
            throw new UserError("«" + content + "» mangler jbake.properties og ser ikke ut som innholdsmappen til Fellesområdet.");
        }
        return content;
    }
}
