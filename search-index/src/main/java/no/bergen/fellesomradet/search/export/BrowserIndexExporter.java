package no.bergen.fellesomradet.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

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
 * split by first letter (for typos and type-ahead), and document summaries in small chunks loaded
 * only for the results shown. Scores are the integers of {@link LuceneTermSource}, so the browser
 * ranks exactly as the command line does.
 *
 * <pre>
 * meta.json          settings, synonyms, nynorsk forms, concern rule, facet labels, terms of one or two letters
 * t/&lt;key&gt;.json       term → [scores, code] (see {@link PostingsCodec}), by first three letters
 * v/&lt;key&gt;.json       the sorted terms with that first letter
 * d/&lt;n&gt;.json         documents n·4 … n·4+3: [slug, title, url, type, owner, summary, audiences]
 * f/&lt;n&gt;.json         facets of documents n·4096 …: each a position in meta.json's table (see {@link FacetCodes})
 * ord.json           title and keyword words, for spelling suggestions
 * </pre>
 */
public final class BrowserIndexExporter {

    /** Small chunks: the ten results shown are usually in ten different chunks. */
    public static final int DOCS_PER_CHUNK = 4;

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
        Files.createDirectories(out.resolve("t"));
        Files.createDirectories(out.resolve("v"));
        Files.createDirectories(out.resolve("d"));
        Files.createDirectories(out.resolve("f"));
        LuceneTermSource source = new LuceneTermSource(reader);
        long[] bytes = {0};
        int files = 0;

        Map<String, Map<String, List<Object>>> postingShards = new TreeMap<>();
        Map<String, List<String>> vocabShards = new TreeMap<>();
        List<String> terms = source.allTerms();
        List<String> shortTerms = new ArrayList<>();
        for (String term : terms) {
            if (term.codePointCount(0, term.length()) < ShardKeys.POSTINGS_PREFIX) shortTerms.add(term);
            // Every term is in the vocabulary, even one whose scores round to zero: type-ahead
            // counts candidate terms, and must count the same ones as the Java side.
            vocabShards.computeIfAbsent(ShardKeys.vocabulary(term), k -> new ArrayList<>()).add(term);
            Map<Integer, Long> postings = source.postings(term);
            if (postings.isEmpty()) continue;
            postingShards.computeIfAbsent(ShardKeys.postings(term), k -> new TreeMap<>()).put(term, PostingsCodec.encode(postings));
        }
        for (Map.Entry<String, Map<String, List<Object>>> shard : postingShards.entrySet()) {
            bytes[0] += write(out.resolve("t/" + shard.getKey() + ".json"), Json.of(shard.getValue()));
            files++;
        }
        for (Map.Entry<String, List<String>> shard : vocabShards.entrySet()) {
            bytes[0] += write(out.resolve("v/" + shard.getKey() + ".json"), Json.of(shard.getValue()));
            files++;
        }

        StoredFields stored = reader.storedFields();
        Map<String, Integer> types = new LinkedHashMap<>();
        Map<String, Integer> owners = new LinkedHashMap<>();
        Map<String, Integer> audiences = new LinkedHashMap<>();
        Map<String, Integer> slugs = new LinkedHashMap<>();
        List<Object> chunk = new ArrayList<>();
        FacetCodes facets = new FacetCodes();
        java.util.TreeSet<String> surface = new java.util.TreeSet<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc);
            slugs.put(d.get(Fields.SLUG), doc);
            String typeKey = d.get(Fields.TYPE) + "\t" + d.get(Fields.TYPE_LABEL);
            types.putIfAbsent(typeKey, types.size());
            owners.putIfAbsent(d.get(Fields.OWNER), owners.size());
            long audienceBits = 0;
            for (String a : d.getValues(Fields.AUDIENCE)) {
                audiences.putIfAbsent(a, audiences.size());
                audienceBits |= 1L << audiences.get(a);
            }
            chunk.add(List.of(d.get(Fields.SLUG), d.get(Fields.TITLE), d.get(Fields.URL), (long) types.get(typeKey),
                    (long) owners.get(d.get(Fields.OWNER)), d.get(Fields.SUMMARY), audienceBits));
            facets.add(types.get(typeKey), owners.get(d.get(Fields.OWNER)), audienceBits);
            java.util.regex.Matcher words = NorwegianAnalysis.WORD.matcher(
                    d.get(Fields.TITLE) + " " + d.get(Fields.KEYWORDS));
            while (words.find()) if (words.group().length() >= 3) surface.add(words.group().toLowerCase(java.util.Locale.ROOT));
            if (chunk.size() == DOCS_PER_CHUNK || doc == reader.maxDoc() - 1) {
                bytes[0] += write(out.resolve("d/" + (doc / DOCS_PER_CHUNK) + ".json"), Json.of(chunk));
                files++;
                chunk = new ArrayList<>();
            }
        }

        List<String> facetFiles = facets.files();
        for (int n = 0; n < facetFiles.size(); n++) {
            bytes[0] += write(out.resolve("f/" + n + ".json"), Json.of(facetFiles.get(n)));
            files++;
        }

        // Words as employees write them (titles and keywords), for "Mente du …?" when nothing matches.
        bytes[0] += write(out.resolve("ord.json"), Json.of(List.copyOf(surface)));
        files++;

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("versjon", 3);
        meta.put("dokumenter", (long) reader.maxDoc());
        meta.put("perBit", (long) DOCS_PER_CHUNK);
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
        meta.put("kortord", shortTerms);
        meta.put("synonymer", synonyms.asMap());
        meta.put("deler", analysis.dictionary());
        meta.put("stoppord", List.copyOf(analysis.stopWords()));
        meta.put("minSammensatt", (long) CompoundSplitter.MIN_WORD);
        meta.put("minDel", (long) CompoundSplitter.MIN_PART);
        meta.put("maksDel", (long) CompoundSplitter.MAX_PART);
        meta.put("nynorskOrd", new TreeMap<>(NynorskForms.WORDS));
        meta.put("nynorskDeler", NynorskForms.PARTS);
        meta.put("bekymringsord", concern.triggers());
        List<Long> pinned = new ArrayList<>();
        for (String slug : concern.pinned()) if (slugs.containsKey(slug)) pinned.add((long) slugs.get(slug));
        meta.put("festet", pinned);
        meta.put("typer", types.keySet().stream().map(k -> List.of(k.split("\t"))).toList());
        meta.put("eiere", List.copyOf(owners.keySet()));
        meta.put("malgrupper", List.copyOf(audiences.keySet()));
        meta.put("fasetter", facets.table());
        bytes[0] += write(out.resolve("meta.json"), Json.of(meta));
        files++;
        return new Result(reader.maxDoc(), terms.size(), files, bytes[0]);
    }

    private static long write(Path file, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, b);
        return b.length;
    }
}
