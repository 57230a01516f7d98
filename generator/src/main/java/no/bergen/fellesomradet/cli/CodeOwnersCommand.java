package no.bergen.fellesomradet.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.CodeOwners;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;

/** {@code codeowners}: writes .github/CODEOWNERS from the owner data, or checks that it is current. */
@Command(name = "codeowners", description = {
        "Lager .github/CODEOWNERS fra content/data/eiere.yaml, slik at riktig etat blir bedt om å godkjenne endringer.",
        "Med --check: avslutter med kode 1 hvis filen ikke stemmer med eierdataene."})
final class CodeOwnersCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--check", description = "Bare kontroller at filen er oppdatert.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path contentDir = options.contentDir();
        Project project = new Project(contentDir);
        ContentLoader.Result r = new ContentLoader(contentDir, Path.of(""), LocalDate.now(), new Markdown()).load(project.settings());
        Site site = r.site().orElseThrow(() -> new UserError("Innholdet har feil. Kjør «./fellesomrade check» og rett dem først."));
        String text = CodeOwners.of(site);
        Path file = project.sourceDir().resolve(".github").resolve("CODEOWNERS");
        boolean current = Files.isRegularFile(file) && Files.readString(file).equals(text);
        if (check) {
            if (!current) {
                spec.commandLine().getErr().println(file + " stemmer ikke med eierdataene. Kjør «./fellesomrade codeowners».");
                return 1;
            }
            spec.commandLine().getOut().println(file + " er oppdatert.");
            return 0;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        spec.commandLine().getOut().println("Skrev " + file + " (" + site.entries().size() + " oppføringer).");
        return 0;
    }
}
