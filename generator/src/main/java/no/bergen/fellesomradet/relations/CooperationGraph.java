package no.bergen.fellesomradet.relations;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.bergen.fellesomradet.model.Anchor;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Site;

/**
 * Who works with whom: services and cooperation structures, joined by every "deltar i"
 * ({@code deltakere}) and "samarbeider med" ({@code samarbeider_med}), whichever side wrote it.
 * Each node belongs to one {@link Group}: its etat, «Drives av andre enn kommunen» for services run
 * outside the kommune, or «Samarbeidsstrukturer». Immutable; built once per build.
 */
public final class CooperationGraph {

    /** A structure's participant, or two entries that say they cooperate. */
    public enum Kind {
        DELTAR, SAMARBEIDER;

        /** The CSS class of the line. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One line: slugs {@code a < b}. Edges and groups are map keys in the layout search, so their
     * equals and hashCode are written out: a record's generated ones go through method handles,
     * which take milliseconds to link on first use and are slow to call before C2.
     */
    public record Edge(String a, String b, Kind kind) {
        public String other(String slug) {
            return a.equals(slug) ? b : a;
        }

        public boolean touches(String slug) {
            return a.equals(slug) || b.equals(slug);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Edge e && Objects.equals(a, e.a) && Objects.equals(b, e.b) && kind == e.kind;
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(a) * 31 + Objects.hashCode(b)) * 31 + (kind == null ? 0 : kind.ordinal());
        }
    }

    /**
     * Where a node is drawn: {@code column} is the byrådsavdeling's key (or {@code andre},
     * {@code samarbeid}), {@code order} the place of the group in etater.yaml.
     */
    public record Group(String key, String name, String column, String columnName, int order) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && order == g.order && Objects.equals(key, g.key) && Objects.equals(name, g.name)
                    && Objects.equals(column, g.column) && Objects.equals(columnName, g.columnName);
        }

        /** The value the generated hashCode gives (maps keyed by groups keep their order). */
        @Override
        public int hashCode() {
            int h = Objects.hashCode(key);
            h = h * 31 + Objects.hashCode(name);
            h = h * 31 + Objects.hashCode(column);
            h = h * 31 + Objects.hashCode(columnName);
            return h * 31 + order;
        }
    }

    /** Norwegian order (æ, ø, å last); RuleBasedCollator.compare is synchronized, so one instance serves all threads. */
    static final Collator TITLES = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
    public static final String OTHERS = "andre";
    public static final String STRUCTURES = "samarbeid";

    private final Site site;
    private final Map<String, Entry> nodes = new LinkedHashMap<>();
    private final List<Edge> edges;
    private final Map<Edge, Integer> index = new HashMap<>();
    private final Map<String, List<Edge>> incident = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    /** The nodes in {@link #inGroupOrder()}, sorted once: every map view picks from this order. */
    private final List<Entry> inGroupOrder;
    /** Each node's place in {@link #inGroupOrder}. */
    private final Map<String, Integer> rank = new HashMap<>();

    public CooperationGraph(Site site) {
        this.site = site;
        for (Entry e : site.entries()) {
            if (e.type() == EntryType.TJENESTE || e.type() == EntryType.SAMARBEID) nodes.put(e.slug(), e);
        }
        // A structure's participation first: when a service also names the structure in
        // samarbeider_med, the line is still "deltar i".
        Map<String, Edge> byPair = new LinkedHashMap<>();
        for (Entry e : nodes.values()) {
            if (e.details() instanceof Entry.Details.Cooperation c) {
                for (String p : c.participants()) add(byPair, e.slug(), p, Kind.DELTAR);
            }
        }
        for (Entry e : nodes.values()) {
            if (e.details() instanceof Entry.Details.Service s) {
                for (String p : s.cooperatesWith()) add(byPair, e.slug(), p, Kind.SAMARBEIDER);
            }
        }
        this.edges = List.copyOf(byPair.values());
        for (int i = 0; i < edges.size(); i++) index.put(edges.get(i), i);
        for (Edge edge : edges) {
            incident.computeIfAbsent(edge.a(), k -> new ArrayList<>()).add(edge);
            incident.computeIfAbsent(edge.b(), k -> new ArrayList<>()).add(edge);
        }
        Catalog c = site.catalog();
        int order = 0;
        Map<String, Group> byAgency = new HashMap<>();
        for (String dept : c.departments().keySet()) {
            for (Catalog.Agency a : c.agencies()) {
                if (a.department().equals(dept)) {
                    byAgency.put(a.name(), new Group(Anchor.of(a.name()), a.name(), dept, c.departments().get(dept), order++));
                }
            }
        }
        Group others = new Group("drives-av-andre", "Drives av andre enn kommunen", OTHERS, "Drives av andre enn kommunen", order++);
        Group structures = new Group(STRUCTURES, "Samarbeidsstrukturer", STRUCTURES, "Samarbeidsstrukturer", order);
        for (Entry e : nodes.values()) {
            Group g;
            if (e.type() == EntryType.SAMARBEID) g = structures;
            else if (e.details() instanceof Entry.Details.Service s && !s.runBy().isEmpty()) g = others;
            else g = byAgency.get(e.owner());
            groups.put(e.slug(), g);
        }
        // The same order as inGroupOrder(), with each title's collation key made once rather than
        // in every comparison (a collator's compare works both titles through each time).
        record Keyed(Entry entry, int group, CollationKey title) { }
        this.inGroupOrder = nodes.values().stream()
                .map(e -> new Keyed(e, groups.get(e.slug()).order(), TITLES.getCollationKey(e.title())))
                .sorted(Comparator.comparingInt(Keyed::group).thenComparing(Keyed::title).thenComparing(k -> k.entry().slug()))
                .map(Keyed::entry).toList();
        for (int i = 0; i < inGroupOrder.size(); i++) rank.put(inGroupOrder.get(i).slug(), i);
    }

    private void add(Map<String, Edge> byPair, String from, String to, Kind kind) {
        if (!nodes.containsKey(to) || from.equals(to)) return;
        String a = from.compareTo(to) < 0 ? from : to;
        String b = a.equals(from) ? to : from;
        byPair.putIfAbsent(a + " " + b, new Edge(a, b, kind));
    }

    public Site site() {
        return site;
    }

    /** Services and cooperation structures, in site order (by slug). */
    public List<Entry> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The nodes by byrådsavdeling and etat, then by title: the order of every map's boxes before layout. */
    public List<Entry> nodesInGroupOrder() {
        return inGroupOrder;
    }

    public Entry node(String slug) {
        return nodes.get(slug);
    }

    public boolean contains(String slug) {
        return nodes.containsKey(slug);
    }

    public List<Edge> edges() {
        return edges;
    }

    /** An edge's place in {@link #edges()}: lines keep that order in every view, so the output is stable. */
    public int indexOf(Edge e) {
        return index.get(e);
    }

    public List<Edge> edgesOf(String slug) {
        return incident.getOrDefault(slug, List.of());
    }

    public Group group(String slug) {
        return groups.get(slug);
    }

    /** The services and structures an entry works with, by group and then title. */
    public List<Entry> partners(String slug) {
        return edgesOf(slug).stream().map(e -> nodes.get(e.other(slug))).sorted(inGroupOrder()).toList();
    }

    /** Slugs of the cooperation structures an entry is joined to (its own slug for a structure). */
    public Set<String> structuresOf(String slug) {
        Set<String> out = new LinkedHashSet<>();
        Entry e = nodes.get(slug);
        if (e == null) return out;
        if (e.type() == EntryType.SAMARBEID) out.add(slug);
        for (Edge edge : edgesOf(slug)) {
            String other = edge.other(slug);
            if (nodes.get(other).type() == EntryType.SAMARBEID) out.add(other);
        }
        return out;
    }

    /** Group order (etater.yaml), then title. */
    /**
     * For this graph's nodes: by group, then title (Norwegian order), then slug. Compares their
     * places in the order sorted once, as a collator's compare is slow (about a tenth of the entry
     * pages' models at 10,000 entries).
     */
    public Comparator<Entry> inGroupOrder() {
        return Comparator.comparingInt((Entry e) -> rank.get(e.slug()));
    }
}
