package no.bergen.fellesomradet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.export.Json;
import no.bergen.fellesomradet.search.query.Hit;
import no.bergen.fellesomradet.search.query.Searcher;

/** {@code search}: queries the Lucene index built by {@code build}, as the search page does. */
@Command(name = "search", description = "Søker i indeksen som «build» lagde, slik søkefeltet på nettstedet gjør.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    ContentOptions options;

    @Option(names = "--json", description = "Skriv treffene som JSON: [{\"slug\":…,\"title\":…,\"score\":…}], beste først.")
    boolean json;

    @Option(names = {"-n", "--limit"}, paramLabel = "ANTALL", defaultValue = "10", description = "Høyst så mange treff (standard: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "SØK", arity = "0..*", description = "Det du søker etter, for eksempel: bekymret for et barn")
    List<String> words = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Project project = new Project(options.contentDir());
        Path index = project.luceneDir();
        if (!Files.isDirectory(index)) {
            throw new UserError("Fant ingen søkeindeks. Kjør «./fellesomrade build» først.");
        }
        NorwegianAnalysis analysis = project.analysis();
        List<Hit> hits;
        try (Searcher searcher = Searcher.open(index, analysis, project.synonyms(analysis), project.concernRule(analysis))) {
            hits = searcher.search(String.join(" ", words), Math.max(1, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // The score is the integer the browser ranks with too (ScoreModel), so the two can be compared.
            out.println(Json.of(hits.stream().map(SearchCommand::asJson).toList()));
        } else if (hits.isEmpty()) {
            out.println("Ingen treff.");
        } else {
            int n = 1;
            for (Hit h : hits) {
                out.printf(Locale.ROOT, "%2d. %s (%s) – %s%n", n++, h.title(), h.typeLabel(), h.url());
            }
        }
        return 0;
    }

    private static Map<String, Object> asJson(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", h.slug());
        m.put("title", h.title());
        m.put("url", h.url());
        m.put("score", h.score());
        return m;
    }
}
