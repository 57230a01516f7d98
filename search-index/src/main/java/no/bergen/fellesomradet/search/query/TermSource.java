package no.bergen.fellesomradet.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What ranking needs from an index: each term's documents with their integer scores, and the
 * terms that share a first letter (for typos and type-ahead). The Lucene index and the exported
 * browser index both answer these questions; {@link Ranker} ranks with either.
 */
public interface TermSource {

    /** Document number → score of the term in it; empty when the term is not in the index. */
    Map<Integer, Long> postings(String term) throws IOException;

    /** All indexed terms starting with {@code firstLetter} (one code point), sorted. */
    List<String> termsStartingWith(String firstLetter) throws IOException;
}
