package no.bergen.fellesomradet.relations;

import java.util.List;
import java.util.Set;

/**
 * One picture of the samarbeidskart: the nodes it shows, the lines between them and the nodes it
 * is about ({@code focus}, drawn stronger; empty when it is about all of them).
 *
 * @param path  the page, from the site root: {@code samarbeidskart/etat/etat-for-skole/}
 * @param scope what the reader narrowed the picture to
 * @param key   which byrådsavdeling, etat, structure or målgruppe; empty for the whole map
 */
public record MapView(String path, Scope scope, String key, String title, List<String> nodes,
                      List<CooperationGraph.Edge> edges, Set<String> focus) {

    public MapView {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        focus = Set.copyOf(focus);
    }

    /** The choices on the samarbeidskart page. */
    public enum Scope { ALL, DEPARTMENT, AGENCY, STRUCTURE, AUDIENCE }
}
