package no.bergen.fellesomradet.model;

import static no.bergen.fellesomradet.model.Field.Kind.CATALOG;
import static no.bergen.fellesomradet.model.Field.Kind.CATALOG_LIST;
import static no.bergen.fellesomradet.model.Field.Kind.CHOICE;
import static no.bergen.fellesomradet.model.Field.Kind.CHOICE_LIST;
import static no.bergen.fellesomradet.model.Field.Kind.DATE;
import static no.bergen.fellesomradet.model.Field.Kind.IDENTIFIER;
import static no.bergen.fellesomradet.model.Field.Kind.INTEGER;
import static no.bergen.fellesomradet.model.Field.Kind.LONG_TEXT;
import static no.bergen.fellesomradet.model.Field.Kind.MAPPING;
import static no.bergen.fellesomradet.model.Field.Kind.MAPPING_LIST;
import static no.bergen.fellesomradet.model.Field.Kind.REFERENCE;
import static no.bergen.fellesomradet.model.Field.Kind.REFERENCE_LIST;
import static no.bergen.fellesomradet.model.Field.Kind.TEXT;
import static no.bergen.fellesomradet.model.Field.Kind.TEXT_LIST;
import static no.bergen.fellesomradet.model.Field.Kind.TYPE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The content model (docs/content-model.md) as data: every type's fields and required body
 * sections. The one place a field is added or renamed; the parser's allowed fields, {@code new}'s
 * scaffold, the form editor's configuration and the JSON Schemas are derived from it. What a value
 * must satisfy beyond its form (a slug that exists, a source for every contact detail) stays in
 * the validate stage, which {@code check} runs.
 */
public final class ContentModel {

    /** Lowercase ASCII words joined by single hyphens (docs/adr/0001). */
    public static final String SLUG = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    public static final String WEB_ADDRESS = "^https?://";
    public static final int MAX_SUMMARY = 300;

    public static final List<String> REFERRAL = List.of("selvhenvisning", "via-tjeneste", "vedtak");
    public static final List<String> LEVELS = List.of("individ", "tjeneste", "ledelse");
    public static final List<String> LANGUAGES = List.of("nb", "nn");
    /** Contact details that need a source; {@code merknad} is the editor's own note about them. */
    public static final List<String> CONTACT_DETAILS = List.of("telefon", "epost", "nettside", "adresse", "apningstider");

    private static final Set<EntryType> ANY = EnumSet.allOf(EntryType.class);

    /** A {@code ##} section of the body, with what {@code new} writes under it. */
    public record Section(String title, String placeholder) { }

    /**
     * One entry type.
     *
     * @param intro    what {@code new} writes before the first section ("" for none)
     * @param sections the sections the body must have, in order
     */
    public record Type(EntryType type, List<Field> fields, String intro, List<Section> sections) {
        public Type {
            fields = List.copyOf(fields);
            sections = List.copyOf(sections);
        }

        public List<String> keys() {
            return fields.stream().map(Field::key).toList();
        }

        public List<String> sectionTitles() {
            return sections.stream().map(Section::title).toList();
        }

        public Field field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type.key() + " has no field " + key));
        }

        /** The body {@code new} writes and the editor starts from: every required section, to be filled in. */
        public String bodyTemplate() {
            StringBuilder sb = new StringBuilder();
            if (!intro.isEmpty()) sb.append(intro).append('\n');
            for (Section s : sections) {
                if (!sb.isEmpty()) sb.append('\n');
                sb.append("## ").append(s.title()).append("\n\n").append(s.placeholder()).append('\n');
            }
            return sb.toString();
        }
    }

    public static final List<Field> COMMON = List.of(
            Field.of("type", TYPE, "Type", "Hva slags side dette er.").mandatory(),
            Field.of("id", IDENTIFIER, "Id", "Sidens faste id i de åpne dataene (en UUID). Verktøyet lager den; den endres aldri.")
                    .mandatory().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            Field.of("tittel", TEXT, "Tittel", "Navnet slik ansatte kjenner det, med æ, ø og å.").mandatory(),
            Field.of("sammendrag", LONG_TEXT, "Sammendrag",
                    "Én eller to setninger om hva dette er og for hvem. Høyst 300 tegn.").mandatory().maxLength(MAX_SUMMARY),
            Field.of("stikkord", TEXT_LIST, "Stikkord",
                    "Ord en ansatt ville søke på: gamle navn, forkortelser, hverdagsord.").mandatory(),
            Field.catalog("eier", CATALOG, "Eier (etat)", "Etaten som holder siden riktig.", Field.CatalogList.ETATER).mandatory(),
            Field.mapping("innholdseier", MAPPING, "Innholdseier", "Hvem i etaten som har ansvaret.", List.of(
                    Field.of("rolle", TEXT, "Rolle", "En rolle i etaten, for eksempel «Rådgiver, Etat for skole». Aldri et navn.").mandatory(),
                    Field.of("kontakt", TEXT, "Kontakt", "Frivillig: hvordan rollen kan nås, for eksempel en felles e-postadresse.")))
                    .mandatory(),
            Field.of("sist_kontrollert", DATE, "Sist kontrollert",
                    "Dagen du sist gikk gjennom hele siden mot kildene.").mandatory(),
            Field.of("kilder", TEXT_LIST, "Kilder",
                    "Hvor opplysningene kommer fra: dokument og linjer, lov og paragraf, eller en nasjonal veileder.").mandatory(),
            Field.catalog("maalgruppe", CATALOG_LIST, "Målgruppe", "Hvem siden er for.", Field.CatalogList.MAALGRUPPER).mandatory(),
            Field.of("los", TEXT_LIST, "LOS-emner", "1–4 tema eller ord fra Digdirs LOS, for eksempel ord/helsestasjon "
                    + "(alle står på https://psi.norge.no/los/).").mandatory(),
            Field.choice("spraak", CHOICE, "Språk", "nn hvis siden er på nynorsk. Standard er bokmål (nb).", LANGUAGES),
            Field.of("lovgrunnlag", TEXT_LIST, "Lovgrunnlag",
                    "Frivillig: lovhenvisninger som «barnevernsloven § 13-2», med lovens korte navn fra lover.yaml.")
                    .pattern("^\\S.* § [0-9]+(-[0-9]+)?( [a-z])?$"),
            Field.mapping("bkkvalitet", MAPPING_LIST, "BkKvalitet", "Frivillig: dokumenter i BkKvalitet.", List.of(
                    Field.of("id", TEXT, "Dokument-id", "Bare sifre, for eksempel 12345.").mandatory().pattern("^[0-9]{1,10}$"),
                    Field.of("tittel", TEXT, "Tittel", "Dokumentets tittel i BkKvalitet.").mandatory())),
            Field.of("tidligere_slugs", TEXT_LIST, "Tidligere adresser",
                    "Frivillig: gamle slugs som skal sende leseren hit.").pattern(SLUG),
            Field.reference("se_ogsa", REFERENCE_LIST, "Se også", "Frivillig: beslektede sider.", ANY));

    /** The sub-fields of {@code kontakt}. */
    public static final List<Field> CONTACT = List.of(
            Field.of("telefon", TEXT, "Telefon", "Bare et nummer du har en kilde for."),
            Field.of("epost", TEXT, "E-post", "Bare en adresse du har en kilde for."),
            Field.of("nettside", TEXT, "Nettside", "Adressen, som begynner med https://.").pattern(WEB_ADDRESS),
            Field.of("adresse", TEXT, "Besøksadresse", "Bare en adresse du har en kilde for."),
            Field.of("apningstider", TEXT, "Åpningstider", "Bare tider du har en kilde for."),
            Field.of("merknad", TEXT, "Merknad", "Frivillig: én setning til leseren om kontaktopplysningene."),
            Field.mapping("kilde", MAPPING_LIST, "Kilde for kontaktopplysningene",
                    "Hver side du har lest opplysningene på, og når.", List.of(
                            Field.of("side", TEXT, "Side", "Adressen til siden, som begynner med https://.").mandatory().pattern(WEB_ADDRESS),
                            Field.of("lest", DATE, "Lest", "Dagen du leste opplysningene der.").mandatory(),
                            Field.choice("gjelder", CHOICE_LIST, "Gjelder", "Hvilke opplysninger siden gir.", CONTACT_DETAILS).mandatory())),
            Field.of("fylles_inn_av_eier", TEXT_LIST, "Fylles inn av eier",
                    "Det som mangler, for eksempel telefon eller adresse. Vises som advarsel til eieren."));

    public static final List<Field> SERVICE = List.of(
            Field.of("driftes_av", TEXT, "Driftes av", "Frivillig: hvem som driver tjenesten hvis ikke Bergen kommune."),
            Field.mapping("alder", MAPPING, "Alder", "Frivillig: aldersgrensene kilden oppgir. La stå tom hvis ingen kilde oppgir dem.",
                    List.of(Field.of("fra", INTEGER, "Fra (år)", "Laveste alder.").mandatory(),
                            Field.of("til", INTEGER, "Til (år)", "Høyeste alder.").mandatory()))
                    .example("\n  fra: \"[[fyll inn: laveste alder]]\"\n  til: \"[[fyll inn: høyeste alder]]\""),
            Field.catalog("byomrade", CATALOG_LIST, "Byområde", "Frivillig: tom betyr hele byen.", Field.CatalogList.BYOMRADER),
            Field.choice("henvisning", CHOICE_LIST, "Henvisning",
                    "selvhenvisning: alle kan ta kontakt selv. via-tjeneste: en annen tjeneste henviser. vedtak: krever vedtak.",
                    REFERRAL).mandatory(),
            Field.mapping("kontakt", MAPPING, "Kontakt",
                    "Bare ekte opplysninger med kilde. Det du ikke har kilde for, skriver du under «Fylles inn av eier».", CONTACT)
                    .mandatory().example("\n  fylles_inn_av_eier: [telefon, adresse, apningstider]"),
            Field.reference("samarbeider_med", REFERENCE_LIST, "Samarbeider med", "Tjenester og samarbeidsstrukturer.",
                    EnumSet.of(EntryType.TJENESTE, EntryType.SAMARBEID)).mandatory());

    public static final List<Field> COOPERATION = List.of(
            // check accepts an empty list (a forum whose participants have no entries of their own).
            Field.reference("deltakere", REFERENCE_LIST, "Deltakere",
                    "Tjenestene som deltar. Deltakere uten egen side nevner du i teksten.", EnumSet.of(EntryType.TJENESTE)),
            Field.choice("niva", CHOICE, "Nivå", "Frivillig: individ, tjeneste eller ledelse.", LEVELS));

    public static final List<Field> PATHWAY = List.of(
            Field.mapping("steg", MAPPING_LIST, "Steg", "Stegene i riktig rekkefølge.", List.of(
                    Field.reference("slug", REFERENCE, "Side", "Siden den nyansatte skal lese.", ANY).mandatory(),
                    Field.of("hvorfor", TEXT, "Hvorfor", "Én linje om hvorfor steget er viktig.").mandatory()))
                    .mandatory().example("\n  - slug: bekymret-for-et-barn\n    hvorfor: \"[[fyll inn: Hvorfor dette steget er viktig for en nyansatt.]]\""));

    private static final Field LEGAL_EXAMPLE = COMMON.stream().filter(f -> f.key().equals("lovgrunnlag")).findFirst()
            .orElseThrow().example("\n  - \"[[fyll inn: lovnavn § N-N]]\"");

    private static final List<Type> TYPES = List.of(
            new Type(EntryType.TJENESTE, concat(withLegalExample(COMMON), SERVICE), "", List.of(
                    new Section("Hva tjenesten gjør", "[[fyll inn: Oppdraget, kort.]]"),
                    new Section("Hvem kan få hjelp", "[[fyll inn: Målgruppe og alder.]]"),
                    new Section("Slik tar du kontakt", "[[fyll inn: Direkte, via en annen tjeneste eller etter vedtak.]]"),
                    new Section("Når du er bekymret for et barn", "[[fyll inn: Hva tjenesten gjør, og hvordan andre samarbeider "
                            + "med den.]] Se [Bekymret for et barn](bekymret-for-et-barn.md)."))),
            new Type(EntryType.VEILEDER, withLegalExample(COMMON), "", List.of(
                    new Section("Slik gjør du det", "1. [[fyll inn: Det viktigste først.]]\n2. [[fyll inn: Neste steg.]]"))),
            new Type(EntryType.SAMARBEID, concat(COMMON, COOPERATION), "", List.of(
                    new Section("Hvem deltar", "[[fyll inn: Tjenester og roller.]]"),
                    new Section("Hvilke saker", "[[fyll inn: Hva teamet tar opp.]]"),
                    new Section("Slik melder du inn en sak", "[[fyll inn: Steg for steg.]]"))),
            new Type(EntryType.STI, concat(COMMON, PATHWAY), "[[fyll inn: Hvem stien er for.]]", List.of()));

    private ContentModel() { }

    public static Type of(EntryType type) {
        return TYPES.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    public static List<Type> types() {
        return TYPES;
    }

    /** Fields only some types have: every field of a type after the common ones. */
    public static List<Field> specific(EntryType type) {
        return of(type).fields().subList(COMMON.size(), of(type).fields().size());
    }

    private static List<Field> withLegalExample(List<Field> common) {
        return common.stream().map(f -> f.key().equals("lovgrunnlag") ? LEGAL_EXAMPLE : f).toList();
    }

    private static List<Field> concat(List<Field> a, List<Field> b) {
        List<Field> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
