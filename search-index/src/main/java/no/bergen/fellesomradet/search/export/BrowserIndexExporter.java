package no.bergen.fellesomradet.search.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

import no.bergen.fellesomradet.search.analysis.AgentNounFilter;
import no.bergen.fellesomradet.search.analysis.CompoundSplitter;
import no.bergen.fellesomradet.search.analysis.NorwegianAnalysis;
import no.bergen.fellesomradet.search.analysis.NynorskForms;
import no.bergen.fellesomradet.search.index.Fields;
import no.bergen.fellesomradet.search.index.LuceneTermSource;
import no.bergen.fellesomradet.search.query.ConcernRule;
import no.bergen.fellesomradet.search.query.QueryPlan;
import no.bergen.fellesomradet.search.query.Ranker;
import no.bergen.fellesomradet.search.query.ScoreModel;
import no.bergen.fellesomradet.search.query.SynonymRules;

/**
 * Exports the Lucene index as static files for the browser search, designed like Pagefind's: a
 * small entry file, postings split in shards by the first three letters of a term, the vocabulary
 * split by first letter (for typos, type-ahead and guessing the next letter), and one small
 * summary file per document, loaded only for the results shown. Scores are the integers of
 * {@link LuceneTermSource}, so the browser ranks exactly as the command line does.
 *
 * <pre>
 * meta.json          settings, synonym rules, nynorsk forms, concern rule, facet labels and table,
 *                    terms of one or two letters
 * t/&lt;key&gt;.json       term → [scores, code] (see {@link PostingsCodec}), by first three letters
 * v/&lt;key&gt;.json       [the sorted terms with that first letter, their weights (see {@link #weight})]
 * d/&lt;n&gt;.json         document n: [slug, title, type, owner, summary]; its address is the type's folder + slug
 * f/&lt;n&gt;.json         facets of documents n·4096 …: each a position in meta.json's table (see {@link FacetCodes})
 * ord.json           title and keyword words, for spelling suggestions
 * </pre>
 */
public final class BrowserIndexExporter {

    /** Counts of what was written. */
    public record Result(int documents, int terms, int files, long bytes) { }

    private final NorwegianAnalysis analysis;
    private final SynonymRules synonyms;
    private final ConcernRule concern;

    public BrowserIndexExporter(NorwegianAnalysis analysis, SynonymRules synonyms, ConcernRule concern) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.concern = concern;
    }

    public Result export(IndexReader reader, Path out) throws IOException {
        for (String dir : List.of("t", "v", "d", "f")) Files.createDirectories(out.resolve(dir));
        Output files = new Output(out);
        Terms terms = writeTerms(new LuceneTermSource(reader), files);
        Documents documents = writeDocuments(reader, files);
        files.write("meta.json", meta(reader.maxDoc(), terms, documents));
        return new Result(reader.maxDoc(), terms.count, files.count, files.bytes);
    }

    /** What the terms contribute to meta.json. */
    private record Terms(int count, List<String> shortTerms, List<String> firstLetters) { }

    private Terms writeTerms(LuceneTermSource source, Output files) throws IOException {
        Map<String, Map<String, List<Object>>> postingShards = new TreeMap<>();
        Map<String, List<String>> vocabShards = new TreeMap<>();
        Map<String, StringBuilder> vocabWeights = new TreeMap<>();
        Map<String, Long> firstLetters = new TreeMap<>();
        List<String> terms = source.allTerms();
        List<String> shortTerms = new ArrayList<>();
        for (String term : terms) {
            if (term.codePointCount(0, term.length()) < ShardKeys.POSTINGS_PREFIX) shortTerms.add(term);
            Map<Integer, Long> postings = source.postings(term);
            // Every term is in the vocabulary, even one whose scores round to zero: type-ahead
            // counts candidate terms, and must count the same ones as the Java side.
            String letter = ShardKeys.vocabulary(term);
            vocabShards.computeIfAbsent(letter, k -> new ArrayList<>()).add(term);
            Digits.append(vocabWeights.computeIfAbsent(letter, k -> new StringBuilder()), weight(postings.size()));
            firstLetters.merge(term.substring(0, term.offsetByCodePoints(0, 1)), (long) postings.size(), Long::sum);
            if (postings.isEmpty()) continue;
            postingShards.computeIfAbsent(ShardKeys.postings(term), k -> new TreeMap<>()).put(term, PostingsCodec.encode(postings));
        }
        for (Map.Entry<String, Map<String, List<Object>>> shard : postingShards.entrySet()) {
            files.write("t/" + shard.getKey() + ".json", shard.getValue());
        }
        for (Map.Entry<String, List<String>> shard : vocabShards.entrySet()) {
            files.write("v/" + shard.getKey() + ".json", List.of(shard.getValue(), vocabWeights.get(shard.getKey()).toString()));
        }
        List<String> letters = new ArrayList<>(firstLetters.keySet());
        letters.sort(Comparator.comparing((String l) -> -firstLetters.get(l)));
        return new Terms(terms.size(), shortTerms, letters);
    }

    /**
     * How common a term is, in one digit: the bit length of its document count (0 for none, 1 for
     * one, 2 for two or three …). The browser guesses the next letter from it (prefetch).
     */
    static int weight(int documents) {
        return 32 - Integer.numberOfLeadingZeros(documents);
    }

    /** What the documents contribute to meta.json: labels in the order the files refer to them. */
    private record Documents(Map<String, Integer> slugs, List<List<String>> types, List<String> owners,
                             List<String> audiences, FacetCodes facets) { }

    private Documents writeDocuments(IndexReader reader, Output files) throws IOException {
        StoredFields stored = reader.storedFields();
        Map<List<String>, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> owners = new LinkedHashMap<>();
        Map<String, Integer> audiences = new LinkedHashMap<>();
        Map<String, Integer> slugs = new LinkedHashMap<>();
        FacetCodes facets = new FacetCodes();
        TreeSet<String> spelling = new TreeSet<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc);
            String slug = d.get(Fields.SLUG);
            slugs.put(slug, doc);
            int type = types.computeIfAbsent(List.of(d.get(Fields.TYPE), d.get(Fields.TYPE_LABEL), folder(d)), k -> types.size());
            int owner = owners.computeIfAbsent(d.get(Fields.OWNER), k -> owners.size());
            long audienceBits = 0;
            for (String a : d.getValues(Fields.AUDIENCE)) audienceBits |= 1L << audiences.computeIfAbsent(a, k -> audiences.size());
            facets.add(type, owner, audienceBits);
            files.write("d/" + doc + ".json", List.of(slug, d.get(Fields.TITLE), (long) type, (long) owner, d.get(Fields.SUMMARY)));
            Matcher words = NorwegianAnalysis.WORD.matcher(d.get(Fields.TITLE) + " " + d.get(Fields.KEYWORDS));
            while (words.find()) if (words.group().length() >= 3) spelling.add(words.group().toLowerCase(Locale.ROOT));
        }
        List<String> facetFiles = facets.files();
        for (int n = 0; n < facetFiles.size(); n++) files.write("f/" + n + ".json", facetFiles.get(n));
        // Words as employees write them (titles and keywords), for "Mente du …?" when nothing matches.
        files.write("ord.json", List.copyOf(spelling));
        return new Documents(slugs, List.copyOf(types.keySet()), List.copyOf(owners.keySet()),
                List.copyOf(audiences.keySet()), facets);
    }

    /** The folder of a document's address, which all documents of a type share ("tjenester/"). */
    private static String folder(Document d) {
        String url = d.get(Fields.URL);
        String slug = d.get(Fields.SLUG);
        if (!url.endsWith("/" + slug + "/")) throw new IllegalStateException("address " + url + " does not end in its slug " + slug);
        return url.substring(0, url.length() - slug.length() - 1);
    }

    private Map<String, Object> meta(int documents, Terms terms, Documents docs) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("versjon", 3);
        meta.put("dokumenter", (long) documents);
        meta.put("postingsprefiks", (long) ShardKeys.POSTINGS_PREFIX);
        meta.put("perFasettfil", (long) FacetCodes.DOCS_PER_FILE);
        meta.put("skrivefeil", (long) ScoreModel.FUZZY_PERCENT);
        meta.put("prefiks", (long) ScoreModel.PREFIX_PERCENT);
        meta.put("maksOrd", (long) QueryPlan.MAX_WORDS);
        meta.put("minSkrivefeil", (long) Ranker.MIN_FUZZY_LENGTH);
        meta.put("minPrefiks", (long) Ranker.MIN_PREFIX_LENGTH);
        meta.put("maksPrefiksord", (long) Ranker.MAX_PREFIX_TERMS);
        // Terms shorter than a shard key, so that a half-typed word of one or two letters costs no
        // request to find out that it is not a term.
        meta.put("kortord", terms.shortTerms);
        // First letters, those that start the most-used terms first: the browser's guess at how the
        // next word begins (prefetch).
        meta.put("forbokstaver", terms.firstLetters);
        meta.put("synonymregler", synonyms.asLines());
        meta.put("deler", analysis.dictionary());
        meta.put("stoppord", List.copyOf(analysis.stopWords()));
        meta.put("minSammensatt", (long) CompoundSplitter.MIN_WORD);
        meta.put("minDel", (long) CompoundSplitter.MIN_PART);
        meta.put("maksDel", (long) CompoundSplitter.MAX_PART);
        meta.put("nynorskOrd", new TreeMap<>(NynorskForms.WORDS));
        meta.put("nynorskDeler", NynorskForms.PARTS);
        meta.put("titler", AgentNounFilter.TITLES);
        meta.put("titelendinger", AgentNounFilter.INFLECTIONS);
        meta.put("bekymringsord", concern.triggers());
        List<Long> pinned = new ArrayList<>();
        for (String slug : concern.pinned()) if (docs.slugs.containsKey(slug)) pinned.add((long) docs.slugs.get(slug));
        meta.put("festet", pinned);
        meta.put("typer", docs.types);
        meta.put("eiere", docs.owners);
        meta.put("malgrupper", docs.audiences);
        meta.put("fasetter", docs.facets.table());
        return meta;
    }

    /** Writes the index's files and counts them. */
    private static final class Output {
        private final Path dir;
        int count;
        long bytes;

        Output(Path dir) { this.dir = dir; }

        void write(String name, Object value) throws IOException {
            try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                bytes += Json.write(value, out);
            }
            count++;
        }
    }
}
