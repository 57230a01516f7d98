package no.bergen.fellesomradet.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.index.SearchDocuments;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.index.IndexBuilder;
import no.bergen.fellesomradet.search.index.IndexDocument;
import no.bergen.fellesomradet.search.query.ConcernRule;
import no.bergen.fellesomradet.search.query.Hit;
import no.bergen.fellesomradet.search.query.Searcher;
import no.bergen.fellesomradet.search.query.SynonymRules;
import no.bergen.fellesomradet.validate.ContentLoader;

/**
 * The field's own tools against the hand-written steps, on the judged query sets (docs/adr/0003):
 * Lucene's Hunspell stemmer with Debian's Norwegian dictionaries (hunspell-no) in place of the
 * Snowball stemmer, the nynorsk table and the job-title filter, and Lucene's dictionary
 * decompounding with the Hunspell word list in place of the own compound list, each on every
 * judged query set. If an alternative does clearly better over all of them, this test says so.
 */
class AnalysisComparisonTest {

    private static final Path HUNSPELL = Path.of("/usr/share/hunspell");
    private static final List<String> SETS = List.of("sporsmal", "kontroll", "situasjoner", "situasjoner-kontroll");

    @TempDir
    Path dir;

    @Test
    void theChainInUseDoesAtLeastAsWellAsHunspellAndDictionaryDecompounding() throws Exception {
        assumeTrue(Files.isRegularFile(HUNSPELL.resolve("nb_NO.dic")), "hunspell-no is not installed (.ci/run installs it)");
        Project project = new Project(TestProject.REPO.resolve("content"));
        Site site = new ContentLoader(project.contentDir(), Path.of(""), LocalDate.of(2026, 12, 5), new Markdown())
                .load(project.settings()).site().orElseThrow();
        Dictionary bokmal = dictionary("nb_NO");
        Dictionary nynorsk = dictionary("nn_NO");
        CharArraySet words = wordList();

        Map<String, NorwegianAnalysis.Steps> variants = new LinkedHashMap<>();
        variants.put("in use (Snowball, nynorsk table, job titles, own compound list)", NorwegianAnalysis.Steps.standard());
        variants.put("Hunspell nb+nn stems, no tables", new NorwegianAnalysis.Steps(false, false,
                ts -> new HunspellStemFilter(new HunspellStemFilter(ts, nynorsk, true, true), bokmal, true, true), null));
        variants.put("nynorsk table + Hunspell nb stems", new NorwegianAnalysis.Steps(true, false,
                ts -> new HunspellStemFilter(ts, bokmal, true, true), null));
        variants.put("in use, Hunspell word list for compounds", new NorwegianAnalysis.Steps(true, true,
                NorwegianAnalysis.Steps.standard().stemmer(),
                ts -> new DictionaryCompoundWordTokenFilter(ts, words, 4, 3, 15, true)));
        variants.put(WITH_LOS, NorwegianAnalysis.Steps.standard());

        Map<String, Map<String, SearchParityTest.Metrics>> table = new LinkedHashMap<>();
        Map<String, SearchParityTest.Metrics> pooled = new LinkedHashMap<>();
        for (Map.Entry<String, NorwegianAnalysis.Steps> v : variants.entrySet()) {
            NorwegianAnalysis analysis = NorwegianAnalysis.create(v.getValue());
            Map<String, SearchParityTest.Metrics> row = new LinkedHashMap<>();
            List<SearchParityTest.Judged> all = new ArrayList<>();
            List<List<String>> allResults = new ArrayList<>();
            try (ByteBuffersDirectory index = new ByteBuffersDirectory()) {
                List<IndexDocument> documents = new SearchDocuments(new Markdown()).of(site);
                if (v.getKey().equals(WITH_LOS)) documents = withLosLabels(documents, site);
                new IndexBuilder(analysis).write(documents, index);
                SynonymRules synonyms = project.synonyms(analysis);
                ConcernRule concern = project.concernRule(analysis);
                try (Searcher searcher = new Searcher(index, analysis, synonyms, concern)) {
                    for (String set : SETS) {
                        List<SearchParityTest.Judged> judged = SearchParityTest.judged("/relevans/" + set + ".tsv");
                        List<List<String>> results = new ArrayList<>();
                        for (SearchParityTest.Judged j : judged) results.add(searcher.search(j.query(), 10).stream().map(Hit::slug).toList());
                        row.put(set, SearchParityTest.metrics(judged, results));
                        all.addAll(judged);
                        allResults.addAll(results);
                    }
                }
            }
            table.put(v.getKey(), row);
            pooled.put(v.getKey(), SearchParityTest.metrics(all, allResults));
        }
        table.forEach((name, row) -> {
            System.out.println("analysis: " + name);
            row.forEach((set, m) -> System.out.printf(Locale.ROOT, "  %-22s %s%n", set, m));
            System.out.printf(Locale.ROOT, "  %-22s %s%n", "all judged queries", pooled.get(name));
        });
        // The decision rule of docs/adr/0003: over every judged query, no alternative may beat the chain
        // in use by more than about two queries' worth of MRR; if one does, it is time to switch.
        SearchParityTest.Metrics inUse = pooled.values().iterator().next();
        pooled.forEach((name, m) -> assertTrue(m.mrr() <= inUse.mrr() + MARGIN,
                name + " beats the chain in use over all judged queries: " + m + " vs " + inUse));
    }

    /** The chain in use, each entry's LOS labels and hidden labels (nb and nn) added to its keywords. */
    private static final String WITH_LOS = "in use, with the entries' LOS labels as keywords";

    private static List<IndexDocument> withLosLabels(List<IndexDocument> documents, Site site) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (Entry e : site.entries()) {
            List<String> l = new ArrayList<>();
            for (LosTerm t : e.los()) {
                l.add(t.label());
                l.add(t.labelNn());
                l.addAll(t.hiddenLabels());
            }
            labels.put(e.slug(), l);
        }
        return documents.stream().map(d -> {
            List<String> keywords = new ArrayList<>(d.keywords());
            keywords.addAll(labels.getOrDefault(d.slug(), List.of()));
            return new IndexDocument(d.slug(), d.url(), d.title(), d.type(), d.typeLabel(), d.owner(), d.department(),
                    d.audiences(), keywords, d.summary(), d.headings(), d.body());
        }).toList();
    }

    /** About two of the ~440 judged queries moving one rank: the noise between two close chains. */
    private static final double MARGIN = 0.005;

    private Dictionary dictionary(String name) throws IOException, ParseException {
        try (InputStream aff = Files.newInputStream(HUNSPELL.resolve(name + ".aff"));
             InputStream dic = Files.newInputStream(HUNSPELL.resolve(name + ".dic"))) {
            return new Dictionary(new NIOFSDirectory(dir), name, aff, dic);
        }
    }

    /** The bokmål dictionary's words (before the affix flags), lowercase, as a decompounding list. */
    private static CharArraySet wordList() throws IOException {
        CharArraySet set = new CharArraySet(400_000, true);
        for (String line : Files.readAllLines(HUNSPELL.resolve("nb_NO.dic"), StandardCharsets.ISO_8859_1)) {
            String word = line.contains("/") ? line.substring(0, line.indexOf('/')) : line.strip();
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) set.add(word.toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
