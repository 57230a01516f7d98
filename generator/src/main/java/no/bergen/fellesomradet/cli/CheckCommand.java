package no.bergen.fellesomradet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.Finding;

/** {@code check}: validates the content without building, for editors and pull-request checks. */
@Command(name = "check", description = {
        "Kontrollerer alle oppføringer uten å bygge nettstedet.",
        "Hver feil skrives som «fil:linje: error|warning: melding». Avslutter med kode 1 hvis det finnes feil."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
            description = "plain (standard) eller github (merknader i pull requests på GitHub Actions).")
    String format;

    @Option(names = "--base", paramLabel = "REF", defaultValue = "HEAD",
            description = "Git-versjonen id-ene sammenlignes med (standard HEAD). I en pull request: grenen den skal inn i, for eksempel origin/main.")
    String base;

    @Option(names = "--today", paramLabel = "ÅÅÅÅ-MM-DD", hidden = true,
            description = "Dagens dato for ferskhetskontrollen (for tester).")
    LocalDate today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("plain") && !format.equals("github")) {
            throw new UserError("Ukjent format «" + format + "». Bruk plain eller github.", 2);
        }
        Path contentDir = options.contentDir();
        Project project = new Project(contentDir);
        ContentLoader.Result result = new ContentLoader(contentDir, Path.of(""), today == null ? LocalDate.now() : today,
                new Markdown(), base).load(project.settings());
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : result.findings().sorted()) {
            out.println(format.equals("github") ? Annotations.github(f) : f.format());
        }
        long errors = result.findings().errorCount();
        long warnings = result.findings().warningCount();
        out.println(result.files() + " oppføringer kontrollert: " + errors + (errors == 1 ? " feil, " : " feil, ")
                + warnings + (warnings == 1 ? " advarsel." : " advarsler."));
        return errors > 0 ? 1 : 0;
    }
}
