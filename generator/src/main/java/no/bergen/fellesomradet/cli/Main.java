package no.bergen.fellesomradet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code fellesomrade}: builds, checks, serves and searches the Fellesområdet site. */
@Command(name = "fellesomrade", version = "fellesomrade 1.0",
        description = "Bygger og kontrollerer Fellesområdet: oversikten over tjenester for barn, unge og familier i Bergen kommune.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, SearchCommand.class, NewCommand.class,
                CodeOwnersCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Vis versjonen.")
    boolean version;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output going to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        Verbosity.set(false); // quiet until --verbose says otherwise (Lucene warns through JUL on new JDKs)
        CommandLine cli = new CommandLine(new Main());
        inNorwegian(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            var userCaused = Failures.userCaused(ex);
            cmd.getErr().println("feil: " + Failures.describe(ex));
            if (userCaused.isPresent()) return ex instanceof UserError ue ? ue.exitCode() : 1;
            if (Verbosity.verbose) ex.printStackTrace(cmd.getErr());
            return Failures.BUG;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            String message = ex instanceof CommandLine.UnmatchedArgumentException u
                    ? "ukjent valg eller argument: " + String.join(" ", u.getUnmatched()) : ex.getMessage();
            ex.getCommandLine().getErr().println("feil: " + message);
            ex.getCommandLine().getErr().println("Se «fellesomrade " + ex.getCommandLine().getCommandName() + " --help».");
            return 2;
        });
        return cli.execute(args);
    }

    /** The help's headings in Norwegian, like the descriptions under them. */
    private static void inNorwegian(CommandLine cli) {
        cli.getCommandSpec().usageMessage().synopsisHeading("Bruk: ").commandListHeading("Kommandoer:%n");
        if (cli.getCommand() instanceof CommandLine.HelpCommand) {
            cli.getCommandSpec().usageMessage().header("Viser hjelpen for en kommando: «fellesomrade help build».");
        }
        cli.getSubcommands().values().forEach(Main::inNorwegian);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
