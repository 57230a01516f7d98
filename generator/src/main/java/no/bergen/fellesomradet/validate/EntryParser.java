package no.bergen.fellesomradet.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import no.bergen.fellesomradet.content.FrontMatter;
import no.bergen.fellesomradet.content.LosReader;
import no.bergen.fellesomradet.content.SourceFile;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;
import no.bergen.fellesomradet.model.LegalRef;
import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.LosVocabulary;

/**
 * Turns one file's front matter into a typed {@link Entry}, checking every field against the
 * content model (docs/content-model.md) and the controlled lists. Problems become findings; an
 * entry with errors is not returned.
 */
public final class EntryParser {

    /** Lowercase ASCII words joined by single hyphens; see docs/content-model.md for why. */
    public static final Pattern SLUG = Pattern.compile(ContentModel.SLUG);
    /** A UUID as {@code ./fellesomrade new} and {@code uuidgen} write it: lowercase, 8-4-4-4-12 (the model's form). */
    static final Pattern UUID_FORM = Pattern.compile(field(ContentModel.COMMON, "id").pattern());

    // The field lists come from the content model, so a field added there is accepted here.
    static final List<String> COMMON = keys(ContentModel.COMMON);
    static final List<String> SERVICE = keys(ContentModel.SERVICE);
    static final List<String> COOPERATION = keys(ContentModel.COOPERATION);
    static final List<String> PATHWAY = keys(ContentModel.PATHWAY);
    static final List<String> CONTACT_DETAILS = ContentModel.CONTACT_DETAILS;
    static final List<String> CONTACT = keys(ContentModel.CONTACT);
    static final List<String> CONTACT_SOURCE = ContentModel.of(EntryType.TJENESTE).field("kontakt").field("kilde").keys();
    static final List<String> REFERRAL = ContentModel.REFERRAL;
    static final List<String> LEVELS = ContentModel.LEVELS;
    static final int MAX_SUMMARY = ContentModel.MAX_SUMMARY;
    private static final List<String> INNHOLDSEIER = field(ContentModel.COMMON, "innholdseier").keys();
    private static final List<String> AGE = field(ContentModel.SERVICE, "alder").keys();
    private static final List<String> STEP = field(ContentModel.PATHWAY, "steg").keys();
    private static final List<String> BKK = field(ContentModel.COMMON, "bkkvalitet").keys();

    private final Catalog catalog;
    private final Set<String> knownSlugs;
    private final LosVocabulary los;

    /** With the LOS vocabulary the tool ships. */
    public EntryParser(Catalog catalog, Set<String> knownSlugs) {
        this(catalog, knownSlugs, LosReader.bundled());
    }

    /** @param knownSlugs every slug in the content folder, so references can be checked at their line */
    public EntryParser(Catalog catalog, Set<String> knownSlugs, LosVocabulary los) {
        this.catalog = catalog;
        this.knownSlugs = knownSlugs;
        this.los = los;
    }

    public Optional<Entry> parse(FrontMatter.Parsed parsed, Findings findings) {
        SourceFile src = parsed.source();
        Findings local = new Findings();
        FieldReader f = new FieldReader(src.path(), parsed.fields(), local, "");

        String slug = src.slug();
        if (!SLUG.matcher(slug).matches()) {
            local.error(src.path(), 1, "Filnavnet «" + slug + ".md» er ikke et gyldig slug: bruk bare små bokstaver a–z, "
                    + "tall og bindestrek (æ → ae, ø → o, å → a), for eksempel «sammen-pa-vei.md».");
        }

        Optional<EntryType> type = f.oneOf("type", List.of(EntryType.keys().split(", ")), true).flatMap(EntryType::byKey);
        type.ifPresent(t -> {
            if (!src.folder().equals(t.folder())) {
                local.error(src.path(), f.lineOf("type"), "`type`: en oppføring av typen «" + t.key()
                        + "» skal ligge i mappen content/" + t.folder() + "/, ikke i content/" + src.folder() + "/.");
            }
        });
        type.ifPresent(t -> f.refuseUnknown(ContentModel.of(t).keys()));

        Optional<UUID> id = id(f);
        Optional<String> title = f.text("tittel", true);
        Optional<String> summary = f.text("sammendrag", true);
        summary.filter(s -> s.length() > MAX_SUMMARY).ifPresent(s -> f.error("sammendrag",
                "er " + s.length() + " tegn; skriv høyst " + MAX_SUMMARY + " tegn (ett eller to korte setninger)."));
        List<String> keywords = f.textList("stikkord", true);
        Optional<String> owner = f.oneOf("eier", catalog.agencyNames(), true);
        Optional<String> role = f.mapping("innholdseier", true).flatMap(m -> {
            m.refuseUnknown(INNHOLDSEIER);
            return m.text("rolle", true);
        });
        Optional<LocalDate> checked = f.date("sist_kontrollert", true);
        List<String> sources = f.textList("kilder", true);
        List<String> audiences = f.listOf("maalgruppe", catalog.audiences().keySet(), true);
        List<LosTerm> losTerms = losTerms(f);
        String language = f.oneOf("spraak", ContentModel.LANGUAGES, false).orElse("nb");
        List<LegalRef> legal = legalRefs(f);
        List<Entry.BkkRef> bkk = bkkRefs(f);
        List<String> former = slugList(f, "tidligere_slugs");
        List<String> seeAlso = slugList(f, "se_ogsa");

        Entry.Details details = type.map(t -> switch (t) {
            case TJENESTE -> service(f);
            case VEILEDER -> new Entry.Details.Guide();
            case SAMARBEID -> new Entry.Details.Cooperation(slugList(f, "deltakere", false),
                    f.oneOf("niva", LEVELS, false).orElse(""));
            case STI -> pathway(f, slug);
        }).orElse(null);

        findings.addAll(local);
        if (local.hasErrors() || type.isEmpty()) return Optional.empty();
        return Optional.of(new Entry(slug, id.get(), type.get(), Path.of(src.relPath()), title.get(), summary.get(),
                keywords, owner.get(), role.get(), checked.get(), sources, audiences, losTerms, language, legal, bkk, former, seeAlso,
                details, parsed.body(), parsed.bodyLine(), lines(parsed)));
    }

    private static List<String> keys(List<Field> fields) {
        return fields.stream().map(Field::key).toList();
    }

    private static Field field(List<Field> fields, String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    /** The entry's identity in the open data; the other checks on it need the whole site (IdentityCheck). */
    private static Optional<UUID> id(FieldReader f) {
        return f.text("id", true).flatMap(v -> {
            if (UUID_FORM.matcher(v).matches()) return Optional.of(UUID.fromString(v));
            f.error("id", "«" + v + "» er ikke en UUID. Id-en skrives med små bokstaver som 8-4-4-4-12 heksadesimale "
                    + "sifre, for eksempel 3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7d35. En ny oppføring får sin av «./fellesomrade new».");
            return Optional.empty();
        });
    }

    /** Each LOS theme or word at its own line; an unknown one names the closest term. */
    private List<LosTerm> losTerms(FieldReader f) {
        List<String> values = f.textList("los", true);
        List<LosTerm> out = new ArrayList<>();
        // Compared by path: a record's generated equals costs a few milliseconds to link on first use.
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Optional<LosTerm> term = los.find(v);
            if (term.isEmpty()) {
                String closest = los.closest(v).map(t -> " Nærmeste er «" + t.path() + "» (" + t.label() + ").").orElse("");
                f.findings().error(f.file(), f.itemLine("los", i), "`los`: «" + v + "» finnes ikke i LOS." + closest
                        + " Skriv stien til et tema eller ord, for eksempel «ord/helsestasjon» eller "
                        + "«tema/barnevern-og-foreldrestotte» (alle står på " + LosTerm.BASE + ").");
            } else if (paths.add(term.get().path())) {
                out.add(term.get());
            }
        }
        return out;
    }

    private static Map<String, Integer> lines(FrontMatter.Parsed parsed) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        parsed.fields().fields().values().forEach(field -> lines.put(field.key(), field.keyLine()));
        return lines;
    }

    private Entry.Details service(FieldReader f) {
        String runBy = f.text("driftes_av", false).orElse("");
        // Age is optional: a service for professionals, or one whose sources give no limits, has none.
        int[] age = {-1, -1};
        f.mapping("alder", false).ifPresent(a -> {
            a.refuseUnknown(AGE);
            age[0] = a.integer("fra", true).orElse(0);
            age[1] = a.integer("til", true).orElse(0);
            if (age[0] < 0 || age[1] > 120 || age[0] > age[1]) {
                a.error("til", "aldersspennet " + age[0] + "–" + age[1] + " år er ikke gyldig (fra må være ≤ til).");
            }
        });
        List<String> districts = f.listOf("byomrade", catalog.districts().keySet(), false);
        List<String> referral = f.listOf("henvisning", REFERRAL, true);
        Entry.Contact contact = f.mapping("kontakt", true).map(this::contact)
                .orElse(new Entry.Contact(Map.of(), List.of(), List.of()));
        List<String> cooperates = slugList(f, "samarbeider_med", true);
        return new Entry.Details.Service(runBy, age[0], age[1], districts, referral, contact, cooperates);
    }

    private Entry.Contact contact(FieldReader c) {
        c.refuseUnknown(CONTACT);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : CONTACT) {
            if (key.equals("fylles_inn_av_eier") || key.equals("kilde")) continue;
            c.text(key, false).ifPresent(v -> values.put(key, v));
        }
        values.computeIfPresent("nettside", (k, v) -> {
            if (!isWebAddress(v)) c.error("nettside", "«" + v + "» er ikke en nettadresse; den skal begynne med https://.");
            return v;
        });
        List<Entry.ContactSource> sources = contactSources(c);
        // A detail without a source cannot be judged by the reader, so it is refused (content-model.md, truth rules).
        for (String key : CONTACT_DETAILS) {
            if (values.containsKey(key) && sources.stream().noneMatch(s -> s.covers().contains(key))) {
                c.error(key, "oppgi hvor opplysningen er hentet fra: en side under `kontakt.kilde` med `side`, `lest` "
                        + "(datoen du leste den) og `gjelder: [" + key + "]`.");
            }
        }
        // Free text is allowed too ("hvor familien søker om avlastning"): owners know best what is missing.
        List<String> missing = c.textList("fylles_inn_av_eier", false);
        for (String m : missing) {
            c.warning("fylles_inn_av_eier", m + " er ikke fylt inn ennå; eieren av siden må legge det inn (bare kontrollerte opplysninger).");
        }
        if (values.isEmpty() && missing.isEmpty()) {
            c.error("telefon", "oppgi minst én kontaktmåte, eller list det som mangler under `kontakt.fylles_inn_av_eier`.");
        }
        return new Entry.Contact(values, missing, sources);
    }

    private List<Entry.ContactSource> contactSources(FieldReader c) {
        List<Entry.ContactSource> out = new ArrayList<>();
        for (FieldReader item : c.mappingList("kilde", false)) {
            item.refuseUnknown(CONTACT_SOURCE);
            Optional<String> page = item.text("side", true);
            page.filter(p -> !isWebAddress(p)).ifPresent(p ->
                    item.error("side", "«" + p + "» er ikke en nettadresse; den skal begynne med https://."));
            Optional<LocalDate> read = item.date("lest", true);
            List<String> covers = item.listOf("gjelder", CONTACT_DETAILS, true);
            if (page.isPresent() && read.isPresent() && isWebAddress(page.get())) {
                out.add(new Entry.ContactSource(page.get(), read.get(), covers));
            }
        }
        return out;
    }

    private static boolean isWebAddress(String v) {
        return v.startsWith("https://") || v.startsWith("http://");
    }

    private Entry.Details pathway(FieldReader f, String ownSlug) {
        List<Entry.Step> steps = new ArrayList<>();
        List<FieldReader> items = f.mappingList("steg", true);
        for (FieldReader item : items) {
            item.refuseUnknown(STEP);
            Optional<String> slug = item.text("slug", true);
            Optional<String> why = item.text("hvorfor", true);
            slug.filter(s -> s.equals(ownSlug)).ifPresent(s ->
                    item.error("slug", "stien viser til seg selv. Et steg må være en annen oppføring."));
            slug.filter(s -> !s.equals(ownSlug) && !knownSlugs.contains(s)).ifPresent(s ->
                    item.error("slug", "«" + s + "» finnes ikke. Skriv filnavnet til en eksisterende oppføring uten .md"
                            + SiteValidator.suggestion(s, knownSlugs) + "."));
            if (slug.isPresent() && why.isPresent()) steps.add(new Entry.Step(slug.get(), why.get()));
        }
        if (items.isEmpty() && f.has("steg")) f.error("steg", "stien har ingen steg.");
        return new Entry.Details.Pathway(steps);
    }

    private List<String> slugList(FieldReader f, String key) {
        return slugList(f, key, false);
    }

    private List<String> slugList(FieldReader f, String key, boolean required) {
        List<String> values = f.textList(key, required);
        List<String> ok = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i).endsWith(".md") ? values.get(i).substring(0, values.get(i).length() - 3) : values.get(i);
            if (!SLUG.matcher(v).matches()) {
                f.findings().error(f.file(), f.itemLine(key, i), "`" + key + "`: «" + values.get(i)
                        + "» er ikke et gyldig slug (små bokstaver a–z, tall og bindestrek).");
            } else if (!key.equals("tidligere_slugs") && !knownSlugs.contains(v)) {
                f.findings().error(f.file(), f.itemLine(key, i), "`" + key + "`: «" + v
                        + "» finnes ikke. Skriv filnavnet til en eksisterende oppføring uten .md" + SiteValidator.suggestion(v, knownSlugs) + ".");
            } else if (key.equals("tidligere_slugs") && knownSlugs.contains(v)) {
                f.findings().error(f.file(), f.itemLine(key, i), "`tidligere_slugs`: «" + v
                        + "» er slugen til en oppføring som finnes. En gammel adresse kan ikke brukes av to sider.");
            } else {
                ok.add(v);
            }
        }
        return ok;
    }

    private List<LegalRef> legalRefs(FieldReader f) {
        List<String> values = f.textList("lovgrunnlag", false);
        List<LegalRef> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            int line = f.itemLine("lovgrunnlag", i);
            Optional<LegalRef> ref = LegalRef.parse(v);
            if (ref.isEmpty()) {
                f.findings().error(f.file(), line, "`lovgrunnlag`: «" + v + "» har ikke formen «lovnavn § N-N», "
                        + "for eksempel «barnevernsloven § 13-2» eller «straffeloven § 196».");
            } else if (!catalog.laws().containsKey(ref.get().law())) {
                f.findings().error(f.file(), line, "`lovgrunnlag`: loven «" + ref.get().law() + "» finnes ikke i content/data/lover.yaml. "
                        + "Gyldige lover: " + String.join(", ", catalog.laws().keySet()) + ".");
            } else {
                out.add(ref.get());
            }
        }
        return out;
    }

    private List<Entry.BkkRef> bkkRefs(FieldReader f) {
        List<Entry.BkkRef> out = new ArrayList<>();
        for (FieldReader item : f.mappingList("bkkvalitet", false)) {
            item.refuseUnknown(BKK);
            Optional<String> id = item.text("id", true);
            Optional<String> title = item.text("tittel", true);
            id.filter(v -> !v.matches("[0-9]{1,10}")).ifPresent(v ->
                    item.error("id", "«" + v + "» er ikke en BkKvalitet-id; den består bare av sifre, for eksempel 12345."));
            if (id.isPresent() && title.isPresent() && id.get().matches("[0-9]{1,10}")) {
                out.add(new Entry.BkkRef(id.get(), title.get()));
            }
        }
        return out;
    }
}
