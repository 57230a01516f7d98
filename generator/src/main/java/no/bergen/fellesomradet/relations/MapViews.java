package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.relations.MapView.Scope;

/**
 * The samarbeidskart and the narrower pictures a reader can choose instead: one byrådsavdeling or
 * etat (its services and everyone they work with), one cooperation structure (its participants and
 * how they work together otherwise), one målgruppe (only what is for that group). One page each,
 * so the choice needs no JavaScript; views too large to draw ({@link #MAX_BOXES}) are left out.
 */
public final class MapViews {

    public static final String ROOT = "samarbeidskart/";
    /**
     * A picture with more boxes than this cannot be read, and costs the build more than it gives:
     * such a view gets no page (the whole map keeps its page, as text), so on a large site the
     * reader narrows down to the views that can be drawn.
     */
    public static final int MAX_BOXES = 250;

    private MapViews() { }

    /** The page of an etat's view (or of the services run outside the kommune), from the site root. */
    public static String agencyPath(CooperationGraph.Group g) {
        return ROOT + "etat/" + g.key() + "/";
    }

    public static List<MapView> of(CooperationGraph graph) {
        Catalog c = graph.site().catalog();
        List<MapView> views = new ArrayList<>();
        views.add(new MapView(ROOT, Scope.ALL, "", "Hele kartet", slugs(graph, e -> true), graph.edges(), Set.of()));
        for (var dept : c.departments().entrySet()) {
            focused(graph, Scope.DEPARTMENT, ROOT + "byradsavdeling/" + dept.getKey().toLowerCase(Locale.ROOT) + "/",
                    dept.getKey(), dept.getValue(), s -> graph.group(s).column().equals(dept.getKey())).ifPresent(views::add);
        }
        List<CooperationGraph.Group> groups = graph.nodes().stream().map(e -> graph.group(e.slug())).distinct()
                .filter(g -> !g.column().equals(CooperationGraph.STRUCTURES))
                .sorted(Comparator.comparingInt(CooperationGraph.Group::order)).toList();
        for (CooperationGraph.Group g : groups) {
            focused(graph, Scope.AGENCY, agencyPath(g), g.key(), g.name(), s -> graph.group(s).equals(g)).ifPresent(views::add);
        }
        for (Entry s : graph.nodes()) {
            if (s.type() != EntryType.SAMARBEID) continue;
            Set<String> nodes = new LinkedHashSet<>();
            nodes.add(s.slug());
            graph.edgesOf(s.slug()).forEach(e -> nodes.add(e.other(s.slug())));
            if (nodes.size() > MAX_BOXES) continue;
            views.add(new MapView(ROOT + "samarbeid/" + s.slug() + "/", Scope.STRUCTURE, s.slug(), s.title(),
                    ordered(graph, nodes), induced(graph, nodes), Set.of(s.slug())));
        }
        for (Catalog.Audience a : c.audiences().values().stream()
                .sorted(Comparator.comparing(a -> a.ageFrom() == null ? 99 : a.ageFrom())).toList()) {
            List<String> nodes = slugs(graph, e -> e.audiences().contains(a.key()));
            if (nodes.isEmpty() || nodes.size() > MAX_BOXES) continue;
            views.add(new MapView(ROOT + "malgruppe/" + a.key() + "/", Scope.AUDIENCE, a.key(), a.name(),
                    nodes, induced(graph, new LinkedHashSet<>(nodes)), Set.of()));
        }
        return views;
    }

    /** The nodes a predicate picks (at {@code path}, from the site root) and every node they are joined to; only the lines that touch the picked ones. */
    private static Optional<MapView> focused(CooperationGraph graph, Scope scope, String path, String key,
                                                       String title, Predicate<String> picked) {
        Set<String> focus = new LinkedHashSet<>(slugs(graph, e -> e.type() == EntryType.TJENESTE && picked.test(e.slug())));
        if (focus.isEmpty() || focus.size() > MAX_BOXES) return Optional.empty();
        Set<String> nodes = new LinkedHashSet<>(focus);
        List<CooperationGraph.Edge> edges = new ArrayList<>();
        for (CooperationGraph.Edge e : graph.edges()) {
            if (focus.contains(e.a()) || focus.contains(e.b())) {
                edges.add(e);
                nodes.add(e.a());
                nodes.add(e.b());
            }
        }
        if (nodes.size() > MAX_BOXES) return Optional.empty();
        return Optional.of(new MapView(path, scope, key, title, ordered(graph, nodes), edges, focus));
    }

    private static List<String> slugs(CooperationGraph graph, Predicate<Entry> filter) {
        return graph.nodesInGroupOrder().stream().filter(filter).map(Entry::slug).toList();
    }

    private static List<String> ordered(CooperationGraph graph, Set<String> nodes) {
        return nodes.stream().map(graph::node).sorted(graph.inGroupOrder()).map(Entry::slug).toList();
    }

    /** The lines between the given nodes, in the graph's order; found through the nodes, so a small view costs little on a large site. */
    private static List<CooperationGraph.Edge> induced(CooperationGraph graph, Set<String> nodes) {
        Set<CooperationGraph.Edge> out = new HashSet<>();
        for (String n : nodes) {
            for (CooperationGraph.Edge e : graph.edgesOf(n)) if (nodes.contains(e.other(n))) out.add(e);
        }
        return out.stream().sorted(Comparator.comparingInt(graph::indexOf)).toList();
    }
}
