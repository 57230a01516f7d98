package no.bergen.fellesomradet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.validate.EntryParser;

/** {@code new}: writes a new entry with every required field and section, ready to fill in. */
@Command(name = "new", description = {
        "Lager en ny oppføring med alle påkrevde felt og avsnitt.",
        "TYPE er tjeneste, veileder, samarbeid eller sti. SLUG blir filnavnet og adressen: små bokstaver a–z, tall og bindestrek."})
final class NewCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Parameters(index = "0", paramLabel = "TYPE")
    String type;

    @Parameters(index = "1", paramLabel = "SLUG")
    String slug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EntryType t = EntryType.byKey(type).orElseThrow(() -> new UserError(
                "Ukjent type «" + type + "». Gyldige typer: " + EntryType.keys() + ".", 2));
        if (!EntryParser.SLUG.matcher(slug).matches()) {
            throw new UserError("«" + slug + "» er ikke et gyldig slug: bruk små bokstaver a–z, tall og bindestrek (æ → ae, ø → o, å → a).", 2);
        }
        Path dir = options.contentDir().resolve(t.folder());
        Path file = dir.resolve(slug + ".md");
        if (Files.exists(file)) throw new UserError("«" + file + "» finnes allerede.");
        Files.createDirectories(dir);
        Files.writeString(file, Scaffold.of(t, LocalDate.now(), UUID.randomUUID()));
        spec.commandLine().getOut().println("Laget " + file + ". Fyll inn feltene, og kjør «./fellesomrade check».");
        return 0;
    }
}
