package no.bergen.fellesomradet.render;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

import no.bergen.fellesomradet.model.Anchor;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.relations.MapView;

/**
 * The pages generated from the data rather than written: front page, A–Å and the lists by type,
 * etat and target group, the search page, redirects for renamed entries, and the fixed pages.
 * Each is a JBake document whose type selects its template.
 */
public final class GeneratedPages {

    /** Document types of generated pages; each has {@code template.<type>.file} in jbake.properties. */
    public static final List<String> TYPES = List.of("forside", "liste", "sok", "side", "omdirigering", "feil",
            "status", "nytt", "atom", "kart");
    /** Entries in the Atom feed: enough to follow changes, small enough to poll. */
    static final int FEED_SIZE = 50;

    private final PageModels models;
    private final Site site;
    /** Entry → its place in Norwegian alphabetical order (æ, ø, å last), computed once: collation is slow. */
    private final Map<String, Integer> alphabeticalRank = new HashMap<>();
    private final Comparator<Entry> byTitle = Comparator.comparing(e -> alphabeticalRank.get(e.slug()));
    /**
     * Each entry's link view for the lists one folder down, made once and shared by all of them
     * (A–Å, by type, etat and target group, the search page): they only read it, and a copy per
     * list made five or more maps per entry, all held until the pages were written. Concurrent:
     * the lists are made on the page threads ({@link DeferredViews}).
     */
    private final Map<String, Map<String, Object>> listLinks = new ConcurrentHashMap<>();

    public GeneratedPages(PageModels models) {
        this.models = models;
        this.site = models.siteData();
        Collator collator = Collator.getInstance(PageModels.NB);
        List<Map.Entry<CollationKey, String>> keys = new ArrayList<>();
        for (Entry e : site.entries()) keys.add(Map.entry(collator.getCollationKey(e.title()), e.slug()));
        keys.sort(Map.Entry.<CollationKey, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        for (int i = 0; i < keys.size(); i++) alphabeticalRank.put(keys.get(i).getValue(), i);
    }

    public List<DocumentModel> all() {
        List<DocumentModel> docs = new ArrayList<>();
        docs.add(frontPage());
        docs.add(list("a-til-a/", "A–Å: alt i Fellesområdet", "Alle tjenester, veiledere, samarbeidsstrukturer og opplæringsstier, i alfabetisk rekkefølge.",
                () -> alphabetical(site.entries())));
        for (EntryType t : EntryType.values()) {
            docs.add(list(t.folder() + "/", t.pluralLabel(), typeIntro(t),
                    () -> List.of(group(t.pluralLabel(), "", e -> e.type() == t))));
        }
        DocumentModel agencies = list("etater/", "Etter etat", "Oppføringene gruppert etter byrådsavdeling og etat som eier dem.", this::byAgency);
        agencies.put("jsonLd", models.structured().agencies(site.catalog().agencies().stream()
                .filter(a -> site.entries().stream().anyMatch(e -> e.owner().equals(a.name()))).toList()));
        docs.add(agencies);
        docs.add(list("malgrupper/", "Etter målgruppe", "Hvem tjenestene og veiledningen er for.", this::byAudience));
        docs.add(searchPage());
        docs.add(page("tilgjengelighet/", "side", "Tilgjengelighetserklæring"));
        docs.add(page("404.html", "feil", "Fant ikke siden"));
        docs.add(contentStatus());
        docs.addAll(cooperationMaps());
        docs.addAll(changes());
        for (Entry e : site.entries()) {
            for (String old : e.formerSlugs()) docs.add(redirect(old, e));
        }
        return docs;
    }

    private String typeIntro(EntryType t) {
        return switch (t) {
            case TJENESTE -> "Tjenester og tilbud for barn, unge og familier – i kommunen og utenfor.";
            case VEILEDER -> "Hva du gjør når du er bekymret for et barn, og hva loven sier.";
            case SAMARBEID -> "Team og møteplasser der tjenestene samarbeider om barn og unge.";
            case STI -> "Opplæringsstier for nyansatte: det du bør kjenne til de første ukene.";
        };
    }

    private DocumentModel base(String uri, String type, String title, String root) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType(type);
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        doc.setTitle(title);
        doc.setUri(uri.endsWith("/") ? uri + "index.html" : uri);
        doc.put("root", root);
        doc.put("site", models.site());
        doc.put("lang", "nb");
        return doc;
    }

    private static String rootOf(String uri) {
        int depth = (int) uri.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    private DocumentModel frontPage() {
        DocumentModel doc = base("index.html", "forside", site.settings().title(), "");
        DeferredViews.defer(doc, () -> Map.of(
                "veiledere", links(e -> e.type() == EntryType.VEILEDER, ""),
                "stier", links(e -> e.type() == EntryType.STI, ""),
                "samarbeid", links(e -> e.type() == EntryType.SAMARBEID, ""),
                "etater", agencies(),
                "malgrupper", audiences()));
        return doc;
    }

    private DocumentModel list(String uri, String title, String intro, Supplier<List<Map<String, Object>>> groups) {
        DocumentModel doc = base(uri, "liste", title, rootOf(uri));
        doc.put("ingress", intro);
        DeferredViews.defer(doc, () -> Map.of("grupper", groups.get()));
        return doc;
    }

    private DocumentModel searchPage() {
        DocumentModel doc = base("sok/", "sok", "Søk", "../");
        DeferredViews.defer(doc, () -> Map.of("grupper", alphabetical(site.entries())));
        return doc;
    }

    private DocumentModel page(String uri, String type, String title) {
        return base(uri, type, title, uri.endsWith("/") ? rootOf(uri) : "");
    }

    /** Innholdsstatus: every entry by owner, overdue and oldest first, with its open warnings. */
    private DocumentModel contentStatus() {
        DocumentModel doc = base("innholdsstatus/", "status", "Innholdsstatus", "../");
        DeferredViews.defer(doc, this::contentStatusView);
        return doc;
    }

    private Map<String, Object> contentStatusView() {
        EditorialStatus status = models.status();
        List<Map<String, Object>> groups = new ArrayList<>();
        int overdue = 0;
        int withWarnings = 0;
        for (Catalog.Agency a : site.catalog().agencies()) {
            List<Entry> entries = site.entries().stream().filter(e -> e.owner().equals(a.name()))
                    .sorted(Comparator.comparing(Entry::lastChecked).thenComparing(byTitle)).toList();
            if (entries.isEmpty()) continue;
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Entry e : entries) {
                Map<String, Object> row = models.link(e, "../");
                long days = ChronoUnit.DAYS.between(e.lastChecked(), status.asOf());
                boolean late = e.lastChecked().isBefore(status.asOf().minusMonths(12));
                List<String> warnings = status.warnings().getOrDefault(e.slug(), List.of()).stream()
                        .filter(w -> !w.startsWith("`sist_kontrollert`")).toList();
                row.put("sistKontrollert", PageModels.date(e.lastChecked()));
                row.put("dager", days);
                row.put("forfalt", late);
                row.put("advarsler", warnings);
                rows.add(row);
                if (late) overdue++;
                if (!warnings.isEmpty()) withWarnings++;
            }
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("tittel", a.name());
            g.put("id", anchor(a.name()));
            g.put("rolle", site.catalog().owners().containsKey(a.name()) ? site.catalog().owners().get(a.name()).role() : "");
            g.put("rader", rows);
            groups.add(g);
        }
        return Map.of("grupper", groups, "perDato", PageModels.date(status.asOf()), "forfalt", overdue,
                "medAdvarsler", withWarnings);
    }

    /** The samarbeidskart and one page for each narrower view of it. */
    private List<DocumentModel> cooperationMaps() {
        CooperationMap map = new CooperationMap(models.graph(), models);
        List<MapView> views = models.views();
        List<DocumentModel> docs = new ArrayList<>();
        for (MapView v : views) {
            String root = rootOf(v.path());
            DocumentModel doc = base(v.path(), "kart", CooperationMap.title(v), root);
            // Laid out when written: views are independent, and the page threads share them out.
            DeferredViews.defer(doc, () -> Map.of("kart", map.page(v, views, root)));
            docs.add(doc);
        }
        return docs;
    }

    /** Nytt og endret, as a page and as an Atom feed, newest first. */
    private List<DocumentModel> changes() {
        DocumentModel page = base("nytt/", "nytt", "Nytt og endret", "../");
        DeferredViews.defer(page, () -> Map.of("oppforinger", changed(Integer.MAX_VALUE)));
        DocumentModel feed = base("nytt/atom.xml", "atom", "Nytt og endret i Fellesområdet", "../");
        DeferredViews.defer(feed, () -> {
            List<Map<String, Object>> items = changed(FEED_SIZE);
            return Map.of("oppforinger", items,
                    "oppdatert", items.isEmpty() ? models.status().asOf().toString() : items.get(0).get("datoIso"));
        });
        return List.of(page, feed);
    }

    /** The {@code limit} entries changed last, newest first. */
    private List<Map<String, Object>> changed(int limit) {
        EditorialStatus status = models.status();
        List<Map<String, Object>> items = new ArrayList<>();
        site.entries().stream()
                .sorted(Comparator.comparing((Entry e) -> status.changed().get(e.slug())).reversed().thenComparing(byTitle))
                .limit(limit)
                .forEach(e -> {
                    Map<String, Object> m = models.link(e, "../");
                    LocalDate d = status.changed().get(e.slug());
                    m.put("dato", PageModels.date(d));
                    m.put("datoIso", d.toString());
                    items.add(m);
                });
        return items;
    }

    private DocumentModel redirect(String oldSlug, Entry target) {
        String uri = target.type().folder() + "/" + oldSlug + "/";
        DocumentModel doc = base(uri, "omdirigering", target.title(), "../../");
        doc.put("til", "../../" + target.path());
        return doc;
    }

    private List<Map<String, Object>> alphabetical(List<Entry> entries) {
        Map<String, List<Entry>> byLetter = new LinkedHashMap<>();
        entries.stream().sorted(byTitle).forEach(e -> {
            String letter = e.title().substring(0, 1).toUpperCase(PageModels.NB);
            byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).add(e);
        });
        List<Map<String, Object>> groups = new ArrayList<>();
        byLetter.forEach((letter, list) -> groups.add(groupOf(letter, "bokstav-" + anchor(letter), list)));
        return groups;
    }

    private List<Map<String, Object>> byAgency() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, String> dept : site.catalog().departments().entrySet()) {
            for (Catalog.Agency a : site.catalog().agencies()) {
                if (!a.department().equals(dept.getKey())) continue;
                List<Entry> list = sorted(e -> e.owner().equals(a.name()));
                if (list.isEmpty()) continue;
                Map<String, Object> g = groupOf(a.name(), anchor(a.name()), list);
                g.put("overtittel", dept.getValue());
                groups.add(g);
            }
        }
        return groups;
    }

    private List<Map<String, Object>> byAudience() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Catalog.Audience a : site.catalog().audiences().values().stream()
                .sorted(Comparator.comparing(a -> a.ageFrom() == null ? 99 : a.ageFrom())).toList()) {
            List<Entry> list = sorted(e -> e.audiences().contains(a.key()));
            if (!list.isEmpty()) groups.add(groupOf(a.name(), a.key(), list));
        }
        return groups;
    }

    private List<Entry> sorted(Predicate<Entry> filter) {
        return site.entries().stream().filter(filter).sorted(byTitle).toList();
    }

    private Map<String, Object> group(String title, String id, Predicate<Entry> filter) {
        return groupOf(title, id.isEmpty() ? anchor(title) : id, sorted(filter));
    }

    /** A titled group of entries on a list page one folder down. */
    private Map<String, Object> groupOf(String title, String id, List<Entry> entries) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("tittel", title);
        g.put("id", id);
        g.put("oppforinger", entries.stream().map(this::listLink).toList());
        return g;
    }

    private Map<String, Object> listLink(Entry e) {
        return listLinks.computeIfAbsent(e.slug(), slug -> Collections.unmodifiableMap(models.link(e, "../")));
    }

    private List<Map<String, Object>> links(Predicate<Entry> filter, String root) {
        return sorted(filter).stream().map(e -> models.link(e, root)).toList();
    }

    private List<Map<String, Object>> agencies() {
        return site.catalog().agencies().stream()
                .filter(a -> site.entries().stream().anyMatch(e -> e.owner().equals(a.name())))
                .map(a -> Map.<String, Object>of("navn", a.name(), "url", "etater/#" + anchor(a.name()))).toList();
    }

    private List<Map<String, Object>> audiences() {
        return site.catalog().audiences().values().stream()
                .filter(a -> site.entries().stream().anyMatch(e -> e.audiences().contains(a.key())))
                .sorted(Comparator.comparing(a -> a.ageFrom() == null ? 99 : a.ageFrom()))
                .map(a -> Map.<String, Object>of("navn", a.name(), "url", "malgrupper/#" + a.key())).toList();
    }

    static String anchor(String text) {
        return Anchor.of(text);
    }
}
