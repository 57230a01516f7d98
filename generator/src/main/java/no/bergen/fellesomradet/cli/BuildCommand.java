package no.bergen.fellesomradet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.bergen.fellesomradet.publish.Builder;
import no.bergen.fellesomradet.publish.Progress;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.Finding;

/** {@code build}: validates, then renders the whole site and the search index, all or nothing. */
@Command(name = "build", description = {
        "Kontrollerer innholdet og bygger hele nettstedet med søkeindeks.",
        "Bygget skrives først til en midlertidig mappe og byttes inn bare når alt lyktes: et bygg som feiler, lar forrige nettsted stå urørt.",
        "Mappen i --out erstattes helt, så den må være ny, tom eller et tidligere bygg; innholdet, malene og prosjektmappen blir aldri erstattet."})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "MAPPE", defaultValue = "site",
            description = "Hvor nettstedet skrives (standard: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Project project = options.project();
        Progress progress = Verbosity.verbose ? Progress.printing(err) : Progress.QUIET;
        Builder.Result result = new Builder(project, Path.of(""), progress).build(out, LocalDate.now());
        for (Finding f : result.findings().sorted()) {
            if (f.isError() || Verbosity.verbose) err.println(f.format());
        }
        if (result.output().isEmpty()) {
            err.println("Bygget stoppet: " + result.findings().errorCount() + " feil i innholdet. Forrige nettsted i «" + out
                    + "» er urørt. Kjør «./fellesomrade check» for å se alle.");
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "Bygget %d oppføringer til %d sider i %s på %.1f s%s%n",
                result.output().get().entries(), result.output().get().pages(), out, seconds,
                result.findings().warningCount() > 0 ? " (" + result.findings().warningCount() + " advarsler, se «check»)" : "");
        return 0;
    }
}
