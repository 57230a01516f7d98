package no.bergen.fellesomradet.search.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of every document (type, owner, target groups), for the filter counts in the browser.
 * Entries share few combinations (57 in the generated 10,000), so the distinct combinations go in
 * a table, most frequent first, and each document stores only its position there, written as
 * {@link Digits}: one character for the 32 commonest. That is about 10 KB at 10,000 entries, where
 * three characters per document took 30 KB, and it sets no limit on the number of etater.
 */
final class FacetCodes {

    static final int DOCS_PER_FILE = 4096;

    /** sok.js tests a target group's bit with arithmetic, which is exact up to 2^53. */
    private static final int MAX_AUDIENCES = 53;

    /** A map key: equals and hashCode written out, as a record's generated ones link through method handles on first use. */
    private record Facets(int type, int owner, long audiences) {
        List<Long> asList() { return List.of((long) type, (long) owner, audiences); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Facets f && type == f.type && owner == f.owner && audiences == f.audiences;
        }

        @Override
        public int hashCode() {
            return (type * 31 + owner) * 31 + Long.hashCode(audiences);
        }
    }

    private final List<Facets> documents = new ArrayList<>();

    /** The next document's facets; {@code audiences} has bit i set for target group i. */
    void add(int type, int owner, long audiences) {
        if (audiences >>> MAX_AUDIENCES != 0) throw new IllegalArgumentException("more than " + MAX_AUDIENCES + " target groups");
        documents.add(new Facets(type, owner, audiences));
    }

    /** [type, owner, target-group bits] of each combination, in the order the codes refer to. */
    List<List<Long>> table() {
        return order().stream().map(Facets::asList).toList();
    }

    /** The documents' codes, one string per {@link #DOCS_PER_FILE} documents. */
    List<String> files() {
        Map<Facets, Integer> position = new HashMap<>();
        List<Facets> order = order();
        for (int i = 0; i < order.size(); i++) position.put(order.get(i), i);
        List<String> out = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int doc = 0; doc < documents.size(); doc++) {
            Digits.append(file, position.get(documents.get(doc)));
            if ((doc + 1) % DOCS_PER_FILE == 0 || doc == documents.size() - 1) {
                out.add(file.toString());
                file.setLength(0);
            }
        }
        return out;
    }

    /** Distinct combinations, most frequent first, ties in order of first use. */
    private List<Facets> order() {
        Map<Facets, Integer> count = new LinkedHashMap<>();
        documents.forEach(f -> count.merge(f, 1, Integer::sum));
        List<Facets> order = new ArrayList<>(count.keySet());
        order.sort(Comparator.comparing((Facets f) -> -count.get(f)));
        return order;
    }
}
