package no.bergen.fellesomradet.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} on every command, described in Norwegian like the rest of the help. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjelpen.")
    boolean help;
}
