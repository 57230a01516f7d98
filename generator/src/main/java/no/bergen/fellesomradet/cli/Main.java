package no.bergen.fellesomradet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import no.bergen.fellesomradet.daemon.DaemonClient;

/** {@code fellesomrade}: builds, checks, serves and searches the Fellesområdet site. */
@Command(name = "fellesomrade", version = "fellesomrade 1.0",
        description = "Bygger og kontrollerer Fellesområdet: oversikten over tjenester for barn, unge og familier i Bergen kommune.")
public final class Main implements Runnable {

    /**
     * The subcommands in the order the help lists them. Only the one named is set up when a run
     * names one (each costs picocli reflection at start-up, which `check` on a small site notices);
     * help, --version and mistakes get them all.
     */
    private static final List<String> SUBCOMMANDS = List.of("build", "check", "serve", "search", "new", "codeowners", "help");

    /**
     * A subcommand's object, made with {@code new}: a map of constructor references cost start-up
     * time to link (docs/adr/0008).
     */
    private static Object subcommand(String name) {
        return switch (name) {
            case "build" -> new BuildCommand();
            case "check" -> new CheckCommand();
            case "serve" -> new ServeCommand();
            case "search" -> new SearchCommand();
            case "new" -> new NewCommand();
            case "codeowners" -> new CodeOwnersCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Vis versjonen.")
    boolean version;

    public static void main(String[] args) {
        // The launcher names a daemon's socket for build and check: a warm JVM runs them when one is
        // listening (docs/adr/0009); otherwise, or when it declines, the command runs here.
        String daemon = System.getProperty("fellesomrade.daemon");
        if (daemon != null) {
            OptionalInt served = DaemonClient.run(Path.of(daemon), args);
            if (served.isPresent()) System.exit(served.getAsInt());
        }
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        LibraryLogging.configure();
        Verbosity.set(false); // quiet until --verbose says otherwise (Lucene warns through JUL on new JDKs)
        CommandLine cli = new CommandLine(new Main());
        boolean one = args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("help");
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(args[0])) cli.addSubcommand(name, subcommand(name));
        }
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
            CommandLine where = ex.getCommandLine();
            String command = where.getParent() == null ? "fellesomrade" : "fellesomrade " + where.getCommandName();
            where.getErr().println("Se «" + command + " --help».");
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
