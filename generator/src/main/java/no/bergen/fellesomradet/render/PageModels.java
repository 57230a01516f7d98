package no.bergen.fellesomradet.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.bergen.fellesomradet.markdown.LinkTarget;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.LegalRef;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.relations.CooperationGraph;
import no.bergen.fellesomradet.relations.Drawing;
import no.bergen.fellesomradet.relations.LayoutMemory;
import no.bergen.fellesomradet.relations.MapView;
import no.bergen.fellesomradet.relations.MapViews;
import no.bergen.fellesomradet.relations.NeighbourhoodLayout;
import no.bergen.fellesomradet.relations.RelatedEntries;
import no.bergen.fellesomradet.relations.RelationSignal;

/**
 * Builds what the templates read: plain maps and lists of strings, so templates never call into
 * Java and a template change cannot break the model. One instance per build; immutable after
 * construction apart from lazily computed bodies.
 */
public final class PageModels {

    static final Locale NB = Locale.forLanguageTag("nb-NO");
    /** The months as the JDK names them in nb (PageModelsDateTest holds the two to the same words). */
    private static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "desember");
    /**
     * «6. desember 2026», as {@code ofPattern("d. MMMM yyyy", NB)} writes it. That formatter loads the
     * JDK's Norwegian locale data on first use, 30–40 ms of every build's single-threaded time; this
     * one has the names it needs.
     */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(". ")
            .appendText(ChronoField.MONTH_OF_YEAR, monthNames()).appendLiteral(' ')
            .appendValue(ChronoField.YEAR_OF_ERA, 4, 19, SignStyle.EXCEEDS_PAD)
            .toFormatter(Locale.ROOT);
    static final Map<String, String> REFERRAL = Entry.Details.Service.REFERRAL_LABELS;
    static final Map<String, String> CONTACT = new LinkedHashMap<>();

    static {
        CONTACT.put("telefon", "Telefon");
        CONTACT.put("epost", "E-post");
        CONTACT.put("nettside", "Nettside");
        CONTACT.put("adresse", "Adresse");
        CONTACT.put("apningstider", "Åpningstider");
        CONTACT.put("merknad", "Merk");
    }

    private final Site site;
    private final Markdown markdown;
    private final EditorialStatus status;
    private final Map<String, Entry> bySlug;
    private final CooperationGraph graph;
    private final NeighbourhoodLayout neighbourhood;
    private final RelatedEntries related;
    private final List<MapView> views;
    private final Set<String> viewPaths = new HashSet<>();
    private final Map<String, Object> siteModel;
    private final StructuredData structured;
    private final LayoutMemory layouts;

    public PageModels(Site site, Markdown markdown, EditorialStatus status) {
        this(site, markdown, status, LayoutMemory.NONE);
    }

    /** With the map layouts of earlier builds, reused where a view has not changed. */
    public PageModels(Site site, Markdown markdown, EditorialStatus status, LayoutMemory layouts) {
        this.layouts = layouts;
        this.site = site;
        this.markdown = markdown;
        this.status = status;
        this.bySlug = site.bySlug();
        this.graph = new CooperationGraph(site);
        this.neighbourhood = new NeighbourhoodLayout(graph);
        this.related = new RelatedEntries(site, RelationSignal.defaults(graph));
        this.views = MapViews.of(graph);
        views.forEach(v -> viewPaths.add(v.path()));
        this.siteModel = buildSiteModel();
        this.structured = new StructuredData(site);
    }

    StructuredData structured() {
        return structured;
    }

    public Site siteData() {
        return site;
    }

    public EditorialStatus status() {
        return status;
    }

    public CooperationGraph graph() {
        return graph;
    }

    /** Where the samarbeidskart's views look for layouts found before. */
    public LayoutMemory layouts() {
        return layouts;
    }

    /** The samarbeidskart's views, each a page. */
    public List<MapView> views() {
        return views;
    }

    public Map<String, Object> site() {
        return siteModel;
    }

    public String body(Entry entry) {
        return markdown.render(entry.body(), entry.type().folder(), target -> resolve(target, "../../"));
    }

    /** Where a classified body link goes, seen from a page {@code root} levels below the site root. */
    String resolve(LinkTarget target, String root) {
        if (target instanceof LinkTarget.Entry e) {
            Entry to = bySlug.get(e.slug());
            if (to == null) return null;
            return root + to.path() + (e.fragment().isEmpty() ? "" : "#" + e.fragment());
        }
        if (target instanceof LinkTarget.Law law) {
            Catalog.Law l = site.catalog().laws().get(law.law());
            return l == null ? null : lovdata(l, law.section().replace(" ", ""));
        }
        if (target instanceof LinkTarget.Bkk bkk) {
            // No guessed address: without a configured base URL the text stays, unlinked.
            String base = site.settings().bkkvalitetBaseUrl();
            return base.isEmpty() ? null : base + bkk.id();
        }
        if (target instanceof LinkTarget.External ext) return ext.url();
        if (target instanceof LinkTarget.Fragment f) return "#" + f.fragment();
        if (target instanceof LinkTarget.Asset a) return root + "filer/" + a.path();
        return null;
    }

    String lovdata(Catalog.Law law, String section) {
        return site.settings().lovdataBaseUrl() + law.lovdataId() + "/%C2%A7" + section;
    }

    public static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static Map<Long, String> monthNames() {
        Map<Long, String> names = new HashMap<>();
        for (int m = 1; m <= 12; m++) names.put((long) m, MONTHS.get(m - 1));
        return names;
    }

    /** A short link view of an entry: title, URL from {@code root}, type and summary. */
    Map<String, Object> link(Entry e, String root) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", e.slug());
        m.put("tittel", e.title());
        m.put("url", root + e.path());
        m.put("type", e.type().key());
        m.put("typeNavn", e.type().label());
        m.put("sammendrag", e.summary());
        m.put("eier", e.owner());
        m.put("spraak", e.language());
        // "" for bokmål: templates test with ?has_content, because FreeMarker compares strings with a
        // (slow) collator and list pages do this for every entry.
        m.put("lang", e.language().equals("nb") ? "" : e.language());
        return m;
    }

    public Map<String, Object> entry(Entry e) {
        String root = "../../";
        Map<String, Object> m = link(e, root);
        Catalog.Agency agency = site.catalog().agency(e.owner()).orElseThrow();
        m.put("eierKort", agency.shortName());
        m.put("byraadsavdeling", site.catalog().departments().get(agency.department()));
        m.put("innholdseier", e.contentOwnerRole());
        m.put("sistKontrollert", date(e.lastChecked()));
        m.put("sistKontrollertIso", e.lastChecked().toString());
        m.put("kilder", e.sources());
        m.put("stikkord", e.keywords());
        m.put("maalgrupper", e.audiences().stream().map(a -> site.catalog().audiences().get(a).name()).toList());
        // In the entry's own written standard: a nynorsk page shows the nynorsk label.
        m.put("los", e.los().stream().map(t -> Map.of("navn", e.language().equals("nn") ? t.labelNn() : t.label(),
                "url", t.uri())).toList());
        List<Map<String, String>> laws = new ArrayList<>();
        for (LegalRef ref : e.legalRefs()) {
            Catalog.Law law = site.catalog().laws().get(ref.law());
            laws.add(Map.of("tekst", ref.toString(), "url", lovdata(law, ref.lovdataSection()), "lov", law.title()));
        }
        m.put("lovgrunnlag", laws);
        m.put("bkkvalitet", e.bkkvalitet().stream().map(b -> Map.of("tittel", b.title(),
                "url", site.settings().bkkvalitetBaseUrl() + b.id())).toList());
        m.put("seOgsa", links(e.seeAlso(), root));
        // What the page already links to (its partners, participants or steps) is not suggested again.
        Set<String> shown = new HashSet<>(e.seeAlso());
        shown.addAll(e.details().linkedSlugs());
        graph.partners(e.slug()).forEach(p -> shown.add(p.slug()));
        m.put("relatert", related.related(e, shown, RelatedEntries.LIMIT).stream().map(x -> link(x, root)).toList());
        m.put("redigerUrl", site.settings().editBaseUrl() + "content/" + e.source().toString().replace('\\', '/'));
        m.put("kildefil", "content/" + e.source().toString().replace('\\', '/'));
        if (e.details() instanceof Entry.Details.Service s) {
            m.put("alder", s.ageFrom() < 0 ? "" : s.ageFrom() + "–" + s.ageTo() + " år");
            m.put("byomrader", s.districts().stream().map(d -> site.catalog().districts().get(d)).toList());
            m.put("henvisning", s.referral().stream().map(REFERRAL::get).toList());
            m.put("driftesAv", s.runBy());
            List<Map<String, String>> contact = new ArrayList<>();
            CONTACT.forEach((key, label) -> {
                String v = s.contact().values().get(key);
                if (v == null) return;
                Map<String, String> detail = new LinkedHashMap<>(Map.of("navn", label, "verdi", v, "href", contactHref(key, v)));
                // Shown beside the detail, so a reader can judge how fresh it is and where to look it up again.
                s.contact().sourceOf(key).ifPresent(src -> {
                    detail.put("kildeUrl", src.page());
                    detail.put("kildeNavn", host(src.page()));
                    detail.put("lest", date(src.read()));
                    detail.put("lestIso", src.read().toString());
                });
                contact.add(detail);
            });
            m.put("kontakt", contact);
            m.put("mangler", s.contact().toBeFilledIn().stream().map(k -> CONTACT.getOrDefault(k, k).toLowerCase(NB)).toList());
            neighbourhood(e, root, m);
            m.put("jsonLd", structured.service(e, s));
        } else if (e.details() instanceof Entry.Details.Cooperation c) {
            m.put("deltakere", links(c.participants(), root));
            m.put("niva", c.level());
        } else if (e.details() instanceof Entry.Details.Pathway p) {
            List<Map<String, Object>> steps = new ArrayList<>();
            int n = 1;
            for (Entry.Step step : p.steps()) {
                Map<String, Object> s = link(bySlug.get(step.slug()), root);
                s.put("nr", n++);
                s.put("hvorfor", step.why());
                steps.add(s);
            }
            m.put("steg", steps);
        }
        return m;
    }

    /** A service's own map and the same links as a list, by group; nothing when it works with no one. */
    private void neighbourhood(Entry e, String root, Map<String, Object> m) {
        Drawing d = neighbourhood.draw(e.slug());
        if (d == null) return;
        Map<String, Entry> entries = new HashMap<>();
        entries.put(e.slug(), e);
        List<Map<String, Object>> groups = new ArrayList<>();
        neighbourhood.groups(e.slug()).forEach((g, partners) -> {
            partners.forEach(p -> entries.put(p.slug(), p));
            groups.add(Map.of("navn", g.name(), "oppforinger", partners.stream().map(p -> link(p, root)).toList()));
        });
        int n = entries.size() - 1;
        long structures = entries.values().stream().filter(p -> p.type() == EntryType.SAMARBEID).count();
        List<String> who = new ArrayList<>();
        if (n > structures) who.add(count(n - structures, "tjeneste", "tjenester"));
        if (structures > 0) who.add(count(structures, "samarbeidsstruktur", "samarbeidsstrukturer"));
        String description = e.title() + " står i midten. Rundt står " + String.join(" og ", who) + " som den samarbeider "
                + "med, gruppert etter etat. Listen ved kartet har de samme lenkene.";
        m.put("kart", MapSvg.write(d, entries, root, "nabokart", "kart nabokart", "Hvem " + e.title() + " samarbeider med", description));
        m.put("naboer", groups);
        m.put("antallNaboer", n);
        CooperationGraph.Group own = graph.group(e.slug());
        if (viewPaths.contains(MapViews.agencyPath(own))) {
            m.put("kartUrl", root + MapViews.agencyPath(own));
            m.put("kartNavn", own.column().equals(CooperationGraph.OTHERS) ? "tjenester som drives av andre enn kommunen" : own.name());
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The site's name as a reader recognises it: {@code www.bergen.kommune.no} → {@code bergen.kommune.no}. */
    static String host(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String contactHref(String key, String value) {
        return switch (key) {
            // Only a value that is one number becomes a link; "112 … og 02800 …" would dial both at once.
            case "telefon" -> value.matches("\\+?[0-9][0-9 ]*") ? "tel:" + value.replaceAll("[^0-9+]", "") : "";
            case "epost" -> "mailto:" + value;
            case "nettside" -> value;
            default -> "";
        };
    }

    private List<Map<String, Object>> links(List<String> slugs, String root) {
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull).map(x -> link(x, root)).toList();
    }

    private Map<String, Object> buildSiteModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tittel", site.settings().title());
        m.put("antall", site.entries().size());
        List<Map<String, Object>> types = new ArrayList<>();
        for (EntryType t : EntryType.values()) {
            types.add(Map.of("key", t.key(), "navn", t.pluralLabel(), "mappe", t.folder(),
                    "antall", site.entries().stream().filter(e -> e.type() == t).count()));
        }
        m.put("typer", types);
        return m;
    }
}
