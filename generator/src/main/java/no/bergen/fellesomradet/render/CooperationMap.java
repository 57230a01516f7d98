package no.bergen.fellesomradet.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.relations.ColumnLayout;
import no.bergen.fellesomradet.relations.CooperationGraph;
import no.bergen.fellesomradet.relations.Drawing;
import no.bergen.fellesomradet.relations.MapView;
import no.bergen.fellesomradet.relations.MapViews;

/**
 * The samarbeidskart pages: for each {@link MapView}, the picture (laid out by {@link ColumnLayout},
 * drawn at build time as SVG whose boxes are links), the same links as text for screen readers and
 * small screens, and the choice of the other views as plain links.
 */
public final class CooperationMap {

    /** Structures listed on every view's page; with more, only the whole map's page lists them. */
    static final int CHOICES = 40;

    private final CooperationGraph graph;
    private final PageModels models;
    private final ColumnLayout layout;

    public CooperationMap(CooperationGraph graph, PageModels models) {
        this.graph = graph;
        this.models = models;
        this.layout = new ColumnLayout(graph, models.layouts());
    }

    /** What kart.ftl reads for one view. */
    public Map<String, Object> page(MapView view, List<MapView> all, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        String title = title(view);
        m.put("tittel", title);
        m.put("ingress", intro(view));
        // Only the whole map can be too large to draw: MapViews leaves out the other views that are.
        boolean drawn = view.nodes().size() <= MapViews.MAX_BOXES;
        if (drawn) {
            Drawing d = layout.draw(view);
            Map<String, Entry> entries = new LinkedHashMap<>();
            view.nodes().forEach(s -> entries.put(s, graph.node(s)));
            m.put("svg", MapSvg.write(d, entries, root, "kart", "kart", title, description(view)));
        } else {
            m.put("svg", "");
        }
        m.put("antall", view.nodes().size());
        m.put("lenker", textAlternative(view, root));
        m.put("valg", choices(all, view, root));
        m.put("hele", view.scope() == MapView.Scope.ALL);
        return m;
    }

    /** The title of a view's page. */
    static String title(MapView view) {
        return view.scope() == MapView.Scope.ALL ? "Samarbeidskart" : "Samarbeidskart: " + view.title();
    }

    private static String intro(MapView view) {
        return switch (view.scope()) {
            case ALL -> "Tjenestene for barn, unge og familier, gruppert etter byrådsavdeling og etat, og samarbeidsstrukturene "
                    + "de deltar i. Klikk på en boks for å lese mer. Under kartet står de samme forbindelsene som tekst.";
            case DEPARTMENT, AGENCY -> "Tjenestene i " + view.title() + " (med tykk ramme), og alle tjenester og "
                    + "samarbeidsstrukturer de samarbeider med. Klikk på en boks for å lese mer.";
            case STRUCTURE -> view.title() + " (med tykk ramme) og tjenestene som deltar. Linjer mellom to tjenester "
                    + "betyr at de også samarbeider utenom. Klikk på en boks for å lese mer.";
            case AUDIENCE -> "Bare tjenestene og samarbeidsstrukturene for målgruppen «" + view.title() + "», og hvem av dem "
                    + "som samarbeider. Klikk på en boks for å lese mer.";
        };
    }

    private static String description(MapView view) {
        return view.nodes().size() + " tjenester og samarbeidsstrukturer i kolonner etter byrådsavdeling og etat, med "
                + view.edges().size() + " linjer for hvem som samarbeider. De samme forbindelsene står som tekst under kartet.";
    }

    /** Each box of the view with whom it is joined to in the view, for the list under the map. */
    List<Map<String, Object>> textAlternative(MapView view, String root) {
        Map<String, List<Entry>> partners = new LinkedHashMap<>();
        for (CooperationGraph.Edge e : view.edges()) {
            partners.computeIfAbsent(e.a(), k -> new ArrayList<>()).add(graph.node(e.b()));
            partners.computeIfAbsent(e.b(), k -> new ArrayList<>()).add(graph.node(e.a()));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String slug : view.nodes()) {
            if (!partners.containsKey(slug)) continue;
            Map<String, Object> m = models.link(graph.node(slug), root);
            m.put("partnere", partners.get(slug).stream().sorted(graph.inGroupOrder()).map(p -> models.link(p, root)).toList());
            out.add(m);
        }
        return out;
    }

    /**
     * The other views, as kart.ftl lists them: byrådsavdelinger with their etater, cooperation
     * structures, målgrupper. The view shown is marked, not linked.
     */
    private List<Map<String, Object>> choices(List<MapView> all, MapView current, String root) {
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, Object>> departments = new ArrayList<>();
        Map<String, Map<String, Object>> byDepartment = new LinkedHashMap<>();
        for (MapView v : all) {
            if (v.scope() == MapView.Scope.DEPARTMENT) {
                Map<String, Object> item = item(v, current, root);
                item.put("under", new ArrayList<Map<String, Object>>());
                byDepartment.put(v.key(), item);
                departments.add(item);
            }
        }
        for (MapView v : all) {
            if (v.scope() != MapView.Scope.AGENCY) continue;
            String column = graph.group(v.focus().iterator().next()).column();
            Map<String, Object> parent = byDepartment.get(column);
            if (parent == null) departments.add(item(v, current, root));
            else sub(parent).add(item(v, current, root));
        }
        sections.add(section("Byrådsavdeling og etat", "etat", departments, ""));
        List<MapView> structures = all.stream().filter(v -> v.scope() == MapView.Scope.STRUCTURE).toList();
        // Every page listing every structure would grow with the square of a large site; the whole
        // map's page lists them all. Only a page that lists them makes their items: at 10,000
        // entries the items no page showed were 6.7 % of a build's allocations.
        boolean listed = current.scope() == MapView.Scope.ALL || structures.size() <= CHOICES;
        sections.add(section("Samarbeidsstruktur", "samarbeidsstruktur",
                listed ? structures.stream().map(v -> item(v, current, root)).toList() : List.of(),
                listed ? "" : root + MapViews.ROOT + "#valg-samarbeidsstruktur"));
        sections.add(section("Målgruppe", "malgruppe", all.stream().filter(v -> v.scope() == MapView.Scope.AUDIENCE)
                .map(v -> item(v, current, root)).toList(), ""));
        return sections;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sub(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("under");
    }

    private static Map<String, Object> item(MapView v, MapView current, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tittel", v.title());
        m.put("url", root + v.path());
        m.put("gjeldende", v.path().equals(current.path()));
        m.put("under", List.of());
        return m;
    }

    /** {@code more}: where the whole list is, when this page shows none of it. */
    private static Map<String, Object> section(String title, String id, List<Map<String, Object>> items, String more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tittel", title);
        m.put("id", "valg-" + id);
        m.put("valg", items);
        m.put("flere", more);
        return m;
    }
}
