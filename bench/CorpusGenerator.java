import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a synthetic Fellesområdet corpus for benchmarks: N entries of Norwegian bokmål text in
 * the four types (about 70 % tjeneste, 15 % veileder, 10 % samarbeid, 5 % sti), valid against
 * docs/content-model.md, deterministic from the seed.
 *
 * <pre>java bench/CorpusGenerator.java N OUTDIR [SEED]</pre>
 *
 * Writes OUTDIR/content/ (entries plus copies of the real content/data/*.yaml, jbake.properties,
 * synonymer.txt and bekymringsord.txt) and the symlink OUTDIR/templates to the real templates, so
 * that {@code ./fellesomrade build --content OUTDIR/content --out …} works. The real content folder
 * is ./content (run from the repository root) or the system property {@code corpus.source}.
 * No dependencies, no wall clock: the same N and SEED give the same bytes.
 */
public final class CorpusGenerator {

    /** Every sist_kontrollert lies up to 180 days before this fixed date (never the wall clock). */
    static final LocalDate CHECKED_BASE = LocalDate.of(2026, 11, 1);
    static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    static final String MARKER = ".corpus-generator";

    // ------------------------------------------------------------------ vocabulary

    /** Places in Bergen by byområde (keys of data/byomrader.yaml). */
    static final Map<String, List<String>> PLACES_BY_DISTRICT = new LinkedHashMap<>();
    static {
        PLACES_BY_DISTRICT.put("arna-asane", List.of("Arna", "Ytre Arna", "Indre Arna", "Åsane", "Tertnes", "Eidsvåg",
            "Ulset", "Nyborg", "Flaktveit", "Hordvik", "Haukås", "Breistein", "Garnes", "Mjølkeråen", "Hylkje"));
        PLACES_BY_DISTRICT.put("bergenhus-arstad", List.of("Sandviken", "Bergenhus", "Nordnes", "Sentrum", "Skansen",
            "Fjellsiden", "Møhlenpris", "Årstad", "Landås", "Minde", "Kronstad", "Fridalen", "Wergeland", "Slettebakken",
            "Kalfaret", "Haukeland", "Danmarksplass", "Sletten"));
        PLACES_BY_DISTRICT.put("fana-ytrebygda", List.of("Fana", "Nesttun", "Paradis", "Hop", "Skjold", "Kalandseidet",
            "Rådal", "Søreide", "Lagunen", "Storetveit", "Natland", "Ytrebygda", "Kokstad", "Sandsli", "Blomsterdalen", "Bønes"));
        PLACES_BY_DISTRICT.put("laksevag-fyllingsdalen", List.of("Fyllingsdalen", "Oasen", "Lyshovden", "Sælen",
            "Laksevåg", "Loddefjord", "Olsvik", "Godvik", "Kjøkkelvik", "Damsgård", "Gravdal", "Ytre Laksevåg"));
    }
    static final String[] PLACES = PLACES_BY_DISTRICT.values().stream().flatMap(List::stream).toArray(String[]::new);

    static final String[] QUALIFIERS = {"nord", "sør", "øst", "vest", "team 1", "team 2", "team 3", "dagtilbud",
        "ettermiddag", "avdeling A", "avdeling B", "kveldstilbud", "mottak", "oppfølging", "lavterskel"};

    /** A kind of service: how its title is made and what it is about. */
    record Kind(String title, String eier, List<String> groups, int from, int to, List<String> referral,
                List<String> keywords, String does, String who, String law) { }

    static final List<Kind> KINDS = List.of(
        new Kind("{sted} helsestasjon", "Etat for helsetjenester", List.of("gravide", "sma-barn", "foreldre"), 0, 5,
            List.of("selvhenvisning"), List.of("helsestasjon", "helsesykepleier", "jordmor", "vaksine", "barsel"),
            "følger opp gravide, nybakte foreldre og små barn med konsultasjoner, vaksiner og hjemmebesøk",
            "alle gravide og familier med barn under skolealder som bor i bydelen", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("Skolehelsetjenesten ved {sted} skole", "Etat for helsetjenester", List.of("barn", "ungdom"), 6, 16,
            List.of("selvhenvisning", "via-tjeneste"), List.of("skolehelsetjeneste", "helsesykepleier", "helsesøster", "skolelege"),
            "har helsesykepleier og skolelege på skolen, med åpen dør for elever som vil snakke om kropp, følelser og trivsel",
            "alle elever ved skolen og foreldrene deres", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("Helsestasjon for ungdom {sted}", "Etat for helsetjenester", List.of("ungdom", "unge-voksne"), 13, 24,
            List.of("selvhenvisning"), List.of("hfu", "ungdomshelse", "prevensjon", "sex", "psykisk helse"),
            "er et gratis lavterskeltilbud der ungdom kan komme uten timeavtale og snakke med helsesykepleier eller lege",
            "ungdom og unge voksne fra 13 til 24 år, også de som ikke bor i bydelen", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("{sted} barnehage", "Etat for barnehage", List.of("sma-barn", "foreldre"), 1, 5,
            List.of("vedtak"), List.of("barnehage", "barnehageplass", "styrer", "pedagogisk leder"),
            "gir barn fra ett år et trygt omsorgs- og læringsmiljø med lek, språk og vennskap i sentrum",
            "barn som har fått plass etter opptak, og foreldrene deres", "barnehageloven § 46"),
        new Kind("{sted} skole", "Etat for skole", List.of("barn", "ungdom", "foreldre"), 6, 16,
            List.of("vedtak"), List.of("skole", "grunnskole", "rektor", "kontaktlærer", "sfo"),
            "gir opplæring fra 1. til 10. trinn og har ansvar for et trygt og godt skolemiljø for alle elever",
            "elever som hører til skolekretsen, og foreldrene deres", "opplæringslova § 12-2"),
        new Kind("Barneverntjenesten {sted}", "Etat for barn og familie", List.of("sma-barn", "barn", "ungdom", "foreldre"), 0, 18,
            List.of("selvhenvisning", "via-tjeneste"), List.of("barnevern", "barnevernet", "bekymringsmelding", "hjelpetiltak"),
            "tar imot bekymringsmeldinger, undersøker saker og gir hjelpetiltak til barn og familier som trenger det",
            "barn og unge under 18 år og familiene deres; alle kan melde bekymring", "barnevernsloven § 2-1"),
        new Kind("Familieveiledning {sted}", "Etat for barn og familie", List.of("foreldre", "sma-barn", "barn"), 0, 18,
            List.of("selvhenvisning", "via-tjeneste"), List.of("foreldreveiledning", "familieveileder", "icdp", "foreldrekurs"),
            "gir foreldreveiledning og kurs til familier som står i krevende perioder med barna sine",
            "foreldre med barn i alle aldre som ønsker råd og støtte", "barnevernsloven § 3-1"),
        new Kind("PPT {sted}", "Etat for spesialpedagogiske tjenester", List.of("sma-barn", "barn", "ungdom"), 0, 18,
            List.of("via-tjeneste"), List.of("ppt", "pedagogisk-psykologisk tjeneste", "sakkyndig vurdering", "spesialundervisning"),
            "utreder barn og elever som kan ha behov for spesialpedagogisk hjelp, og veileder barnehager og skoler",
            "barn og elever som barnehagen, skolen eller foreldrene er bekymret for", "opplæringslova § 11-6"),
        new Kind("Logopedtjenesten {sted}", "Etat for spesialpedagogiske tjenester", List.of("sma-barn", "barn"), 2, 16,
            List.of("via-tjeneste", "vedtak"), List.of("logoped", "språk", "stamming", "uttale"),
            "gir hjelp til barn med språkvansker, stamming og uttalevansker, ofte sammen med barnehagen eller skolen",
            "barn som er henvist fra PPT, helsestasjon eller fastlege", "barnehageloven § 31"),
        new Kind("NAV {sted}", "Etat for sosiale tjenester", List.of("unge-voksne", "foreldre"), 16, 67,
            List.of("selvhenvisning"), List.of("nav", "sosialhjelp", "økonomisk sosialhjelp", "økonomisk rådgivning"),
            "gir økonomisk sosialhjelp, råd og veiledning og hjelp til å komme i arbeid eller aktivitet",
            "innbyggere som bor i bydelen og trenger hjelp til økonomi, bolig eller arbeid", "sosialtjenesteloven § 18"),
        new Kind("Ungdomsteamet NAV {sted}", "Etat for sosiale tjenester", List.of("ungdom", "unge-voksne"), 16, 30,
            List.of("selvhenvisning", "via-tjeneste"), List.of("nav ungdom", "ungdomsteam", "arbeid", "skole", "aktivitet"),
            "følger opp ungdom som har falt ut av skole eller arbeid, med en fast veileder og tett kontakt",
            "ungdom og unge voksne mellom 16 og 30 år", "sosialtjenesteloven § 17"),
        new Kind("Introduksjonsprogrammet {sted}", "Etat for inkludering", List.of("unge-voksne", "foreldre"), 18, 55,
            List.of("vedtak"), List.of("introduksjonsprogram", "flyktning", "norskopplæring", "bosetting"),
            "gir nyankomne flyktninger opplæring i norsk og samfunnskunnskap og hjelp til å komme i arbeid eller utdanning",
            "flyktninger som er bosatt i Bergen og har rett til introduksjonsprogram", "integreringsloven § 8"),
        new Kind("Flyktningtjenesten {sted}", "Etat for inkludering", List.of("barn", "ungdom", "foreldre"), 0, 67,
            List.of("vedtak", "via-tjeneste"), List.of("flyktningtjeneste", "bosetting", "enslige mindreårige", "tolk"),
            "hjelper nybosatte flyktningfamilier med bolig, skole, barnehage og kontakt med andre tjenester",
            "flyktninger som nylig er bosatt i kommunen, og barna deres", "integreringsloven § 4"),
        new Kind("Rustjenesten for ungdom {sted}", "Etat for psykisk helse og rustjenester", List.of("ungdom", "unge-voksne"), 13, 25,
            List.of("selvhenvisning", "via-tjeneste"), List.of("rus", "hasj", "alkohol", "ruskontrakt", "ungdom"),
            "gir samtaler og oppfølging til ungdom som bruker rusmidler, og råd til foreldrene",
            "ungdom og unge voksne som er bekymret for eget rusbruk, og foreldre", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("Psykisk helseteam {sted}", "Etat for psykisk helse og rustjenester", List.of("unge-voksne", "foreldre"), 16, 67,
            List.of("selvhenvisning", "via-tjeneste"), List.of("psykisk helse", "angst", "depresjon", "samtale", "rask psykisk helsehjelp"),
            "gir korttidssamtaler og oppfølging til personer med lette til moderate psykiske plager",
            "innbyggere over 16 år som bor i bydelen", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("Avlastningsboligen {sted}", "Etat for tjenester til utviklingshemmede", List.of("barn", "ungdom", "foreldre"), 0, 18,
            List.of("vedtak"), List.of("avlastning", "avlastningsbolig", "utviklingshemming", "funksjonsnedsettelse"),
            "gir barn og unge med nedsatt funksjonsevne faste avlastningsopphold, så familien får hvile",
            "familier som har fått vedtak om avlastning", "helse- og omsorgstjenesteloven § 3-6"),
        new Kind("Ergo- og fysioterapi for barn {sted}", "Etat for helsetjenester", List.of("sma-barn", "barn", "ungdom"), 0, 18,
            List.of("via-tjeneste", "selvhenvisning"), List.of("fysioterapi", "ergoterapi", "motorikk", "hjelpemidler"),
            "gir fysioterapi og ergoterapi til barn med motoriske vansker, og tilrettelegger hjemme, i barnehage og på skole",
            "barn og unge som trenger hjelp med motorikk, aktivitet eller hjelpemidler", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("{sted} bibliotek", "Etat for bibliotek og kultur", List.of("sma-barn", "barn", "ungdom", "foreldre"), 0, 99,
            List.of("selvhenvisning"), List.of("bibliotek", "lesestund", "leksehjelp", "møteplass"),
            "er en gratis møteplass med bøker, leksehjelp, lesestunder og arrangementer for barn og voksne",
            "alle, uten påmelding", ""),
        new Kind("Kulturskolen {sted}", "Etat for bibliotek og kultur", List.of("barn", "ungdom"), 4, 19,
            List.of("selvhenvisning"), List.of("kulturskole", "musikk", "dans", "teater", "friplass"),
            "gir undervisning i musikk, dans, teater og visuell kunst, med friplasser for barn fra familier med lav inntekt",
            "barn og unge fra 4 til 19 år som bor i Bergen", ""),
        new Kind("Aktivitetstilbudet {sted} idrettspark", "Etat for idrett", List.of("barn", "ungdom"), 6, 18,
            List.of("selvhenvisning"), List.of("idrett", "fritid", "aktivitetskortet", "gratis aktivitet"),
            "har gratis aktiviteter etter skoletid og i feriene, med voksne som kjenner barna",
            "barn og unge fra 6 til 18 år, uten påmelding", ""),
        new Kind("{sted} fritidsklubb", "Etat for barn og familie", List.of("barn", "ungdom"), 10, 18,
            List.of("selvhenvisning"), List.of("fritidsklubb", "ungdomsklubb", "fritid", "møteplass"),
            "er en rusfri møteplass med voksne til stede, aktiviteter og noen å snakke med",
            "barn og ungdom fra 5. trinn og oppover", ""),
        new Kind("Utekontakten {sted}", "Etat for psykisk helse og rustjenester", List.of("ungdom", "unge-voksne"), 13, 25,
            List.of("selvhenvisning", "via-tjeneste"), List.of("utekontakt", "oppsøkende", "ungdom", "gatemegling"),
            "er oppsøkende ungdomsarbeidere som møter ungdom der de er, på kveldstid og i helgene",
            "ungdom og unge voksne som strever med rus, kriminalitet eller utenforskap", "helse- og omsorgstjenesteloven § 3-1"),
        new Kind("Familiesenteret {sted}", "Etat for barn og familie", List.of("gravide", "sma-barn", "foreldre"), 0, 18,
            List.of("selvhenvisning"), List.of("familiesenter", "åpen barnehage", "foreldrestøtte", "familie"),
            "samler åpen barnehage, foreldrestøtte og familieveiledning på ett sted",
            "familier med barn i alle aldre som bor i bydelen", "barnevernsloven § 3-1"),
        new Kind("Botjenesten {sted}", "Etat for tjenester til utviklingshemmede", List.of("unge-voksne"), 18, 67,
            List.of("vedtak"), List.of("bolig", "botjeneste", "utviklingshemming", "miljøarbeid"),
            "gir praktisk bistand og miljøarbeid i egen bolig til voksne med utviklingshemming",
            "voksne med utviklingshemming som har vedtak om tjenester", "helse- og omsorgstjenesteloven § 3-2"),
        new Kind("Skolens sosialpedagogiske team {sted}", "Etat for skole", List.of("barn", "ungdom"), 6, 16,
            List.of("via-tjeneste"), List.of("sosiallærer", "miljøterapeut", "skolemiljø", "mobbing", "aktivitetsplikt"),
            "arbeider med skolemiljø, mobbesaker og elever som strever med å komme på skolen",
            "elever og foreldre ved skolene i området", "opplæringslova § 12-4")
    );

    static final String[][] GUIDE_TOPICS = {
        {"Meldeplikt til barnevernet", "meldeplikt", "barnevernsloven § 13-2"},
        {"Avvergingsplikt", "avvergingsplikt", "straffeloven § 196"},
        {"Taushetsplikt og samtykke", "taushetsplikt", "forvaltningsloven § 13"},
        {"Samtale med barn", "barnesamtale", "barnevernsloven § 1-4"},
        {"Barn som pårørende", "pårørende", "helsepersonelloven § 10 a"},
        {"Vold i nære relasjoner", "vold", "straffeloven § 282"},
        {"Skolefravær", "fravær", "opplæringslova § 12-4"},
        {"Rus hos foreldre", "rus", "helsepersonelloven § 33"},
        {"Selvskading og selvmordstanker", "selvskading", "helsepersonelloven § 7"},
        {"Digitale krenkelser", "nettmobbing", "opplæringslova § 12-3"},
        {"Mobbing i barnehage og skole", "mobbing", "barnehageloven § 42"},
        {"Negativ sosial kontroll", "sosial kontroll", "barnevernsloven § 2-1"},
        {"Tvangsekteskap og æresrelatert vold", "tvangsekteskap", "straffeloven § 253"},
        {"Kjønnslemlestelse", "kjønnslemlestelse", "straffeloven § 196"},
        {"Omsorgssvikt", "omsorgssvikt", "barnevernsloven § 13-2"},
        {"Seksuelle overgrep mot barn", "overgrep", "straffeloven § 196"},
        {"Individuell plan", "individuell plan", "helse- og omsorgstjenesteloven § 7-1"},
        {"Barnekoordinator", "barnekoordinator", "helse- og omsorgstjenesteloven § 7-2 a"},
        {"Tolk i samtaler med familier", "tolk", "forvaltningsloven § 17"},
        {"Avvik i samhandling", "avvik", "helse- og omsorgstjenesteloven § 3-4"},
        {"Overgangen fra barnehage til skole", "overgang", "barnehageloven § 2 a"},
        {"Dokumentasjon av bekymring", "dokumentasjon", "helsepersonelloven § 39"},
        {"Bekymringssamtale med foreldre", "foreldresamtale", "barnevernsloven § 13-2"},
        {"Bedre tverrfaglig innsats", "bti", "barnevernsloven § 15-8"},
        {"Samarbeidsplikt", "samarbeid", "barnevernsloven § 15-8"},
        {"Barnets beste", "barnets beste", "barnevernsloven § 1-3"},
        {"Barn som lever med fattigdom", "fattigdom", "sosialtjenesteloven § 18"},
        {"Ungdom og kriminalitet", "kriminalitet", "politiloven § 2"},
        {"Psykiske plager hos ungdom", "psykisk helse", "helse- og omsorgstjenesteloven § 3-2"},
        {"Søvn og skjermbruk", "skjerm", "folkehelseloven § 4"},
        {"Kosthold og vektutvikling", "kosthold", "folkehelseloven § 4"},
        {"Tannhelse og omsorgssvikt", "tannhelse", "tannhelsetjenesteloven § 1-3"},
        {"Barn i krisesenter", "krisesenter", "krisesenterlova § 3"},
        {"Samlivsbrudd og høy konflikt", "konflikt", "familievernkontorloven § 1"},
        {"Ungdom som ikke kommer i arbeid", "utenforskap", "nav-loven § 14 a"}
    };

    static final String[] GUIDE_SETTINGS = {"", " i barnehagen", " i skolen", " på helsestasjonen", " i SFO",
        " på fritidsklubben", " i NAV", " for nyansatte", " for ledere", " i kulturskolen", " i idretten",
        " på biblioteket", " i tannhelsetjenesten", " i flyktningtjenesten", " i botjenesten"};

    static final String[][] COOP_KINDS = {
        {"Tverrfaglig team {sted}", "tjeneste", "drøfter anonymt saker der flere tjenester er bekymret for et barn"},
        {"TUT {sted}", "tjeneste", "samler barnehager, skoler, helsestasjon, PPT og barnevern til faste tverrfaglige møter"},
        {"Ressursteam {sted}", "individ", "følger opp enkeltelever som trenger mer hjelp enn skolen alene kan gi"},
        {"Konsultasjonsteam mot vold {sted}", "tjeneste", "gir ansatte råd i saker om vold, overgrep og negativ sosial kontroll"},
        {"Oppvekstnettverket {sted}", "ledelse", "samordner ledere i tjenestene for barn og unge i området"},
        {"SLT-gruppen {sted}", "tjeneste", "samordner det rus- og kriminalitetsforebyggende arbeidet for ungdom"},
        {"Overgangsteam barnehage–skole {sted}", "tjeneste", "planlegger overgangen for barn som trenger ekstra oppfølging når de begynner på skolen"},
        {"Familieteamet {sted}", "individ", "gir familier med sammensatte behov én felles plan og én kontaktperson"},
        {"Lederforum for oppvekst {sted}", "ledelse", "tar opp felles utfordringer og avvik i samhandlingen mellom etatene"},
        {"Ungdomsforum {sted}", "tjeneste", "samler tjenestene som møter ungdom på fritid, skole og helse"}
    };

    static final String[][] PATH_KINDS = {
        {"Ny i barnehage {sted}", "barnehagen"}, {"Ny lærer {sted}", "skolen"}, {"Ny i barnevernet {sted}", "barnevernet"},
        {"Ny helsesykepleier {sted}", "helsestasjonen"}, {"Ny i NAV {sted}", "NAV-kontoret"},
        {"Ny på fritidsklubben {sted}", "fritidsklubben"}, {"Ny leder i oppvekst {sted}", "lederstillingen"},
        {"Ny i PPT {sted}", "PPT"}, {"Ny miljøterapeut {sted}", "skolen"}, {"Ny i kultur og idrett {sted}", "kultur- og idrettstilbudet"},
        {"Ny i flyktningtjenesten {sted}", "flyktningtjenesten"}, {"Ny i botjenesten {sted}", "botjenesten"}
    };

    static final String[] ROLES = {"Fagleder", "Avdelingsleder", "Rådgiver", "Enhetsleder", "Seksjonsleder", "Fagkoordinator"};

    static final String[] FILLER = {
        "Tilbudet er gratis, og du trenger ikke henvisning for å ta den første kontakten.",
        "Tjenesten samarbeider tett med barnehager, skoler og helsestasjonen i området.",
        "Ansatte har taushetsplikt, men kan dele opplysninger når familien samtykker.",
        "Ved behov for tolk bestiller tjenesten kvalifisert tolk; familien skal ikke selv skaffe tolk.",
        "Mange familier tar kontakt etter råd fra barnehagen, skolen eller fastlegen.",
        "Ventetiden varierer gjennom året, og saker som haster prioriteres.",
        "Tjenesten har faste samarbeidsmøter med de andre tjenestene i byområdet.",
        "Foreldre kan ha med seg en person de stoler på, til samtaler og møter.",
        "Det er viktig at barnet selv får si sin mening, tilpasset alder og modenhet.",
        "Opplysninger om barnet dokumenteres i fagsystemet etter tjenestens egne rutiner.",
        "Tjenesten gir også veiledning til ansatte i andre tjenester som er usikre på hva de skal gjøre.",
        "Når flere tjenester er involvert, avtaler dere hvem som har ansvaret for å koordinere.",
        "Er du usikker på om saken hører hjemme her, kan du drøfte den anonymt først.",
        "Tilbudet er tilpasset barn og familier med ulik språklig og kulturell bakgrunn."
    };

    static final String[] STEPS = {
        "Snakk med lederen din samme dag, og avtal hvem som gjør hva videre.",
        "Skriv ned hva du har sett og hørt, med barnets egne ord og dato.",
        "Drøft saken anonymt med barneverntjenesten eller et tverrfaglig team hvis du er usikker.",
        "Snakk med foreldrene, med mindre det kan skade barnet eller en undersøkelse.",
        "Send bekymringsmelding til barneverntjenesten når det er grunn til å tro at barnet har det vondt.",
        "Følg opp barnet videre i hverdagen, og gi beskjed om nye bekymringer.",
        "Avklar om barnet har en koordinator eller en ansvarsgruppe fra før.",
        "Be om samtykke før du deler opplysninger med andre tjenester.",
        "Bruk kvalifisert tolk når du snakker med foreldre som ikke forstår norsk godt.",
        "Registrer avviket i kvalitetssystemet og meld fra til lederen din.",
        "Lag en plan sammen med familien, med mål, tiltak og en dato for evaluering.",
        "Gi barnet og familien informasjon om hva som skjer videre, og når."
    };

    static final String[] WHY = {
        "Her lærer du hva du gjør når du er bekymret for et barn, og hvem du snakker med først.",
        "Meldeplikten gjelder deg personlig og går foran taushetsplikten.",
        "Når et barn er i fare nå, skal du ringe med en gang, ikke vente på et møte.",
        "Tjenesten møter de samme barna som deg, og dere må kjenne hverandre.",
        "Viser hvem som tar imot meldingen din, og hva som skjer etterpå.",
        "Gir deg ordene du trenger for å snakke med barn uten å lede dem.",
        "Forklarer når du kan dele opplysninger, og når du trenger samtykke.",
        "Dette er møtet der tjenestene i området drøfter barn sammen.",
        "Mange familier trenger hjelp herfra, og du bør vite hvordan de henvises."
    };

    // ------------------------------------------------------------------ model

    enum Type {
        TJENESTE("tjeneste", "tjenester"), VEILEDER("veileder", "veiledere"),
        SAMARBEID("samarbeid", "samarbeid"), STI("sti", "stier");
        final String key, folder;
        Type(String key, String folder) { this.key = key; this.folder = folder; }
    }

    static final class Plan {
        final Type type;
        final String slug, title, place;
        final int variant;   // index into the kind table of its type
        Plan(Type type, String slug, String title, String place, int variant) {
            this.type = type; this.slug = slug; this.title = title; this.place = place; this.variant = variant;
        }
    }

    final Random rnd;
    final List<String> owners;
    final List<String> audiences;
    final List<String> districts;
    final Set<String> laws;
    final Set<String> slugs = new HashSet<>();
    final List<Plan> services = new ArrayList<>(), guides = new ArrayList<>(), coops = new ArrayList<>(), paths = new ArrayList<>();

    CorpusGenerator(long seed, List<String> owners, List<String> audiences, List<String> districts, Set<String> laws) {
        this.rnd = new Random(seed);
        this.owners = owners;
        this.audiences = audiences;
        this.districts = districts;
        this.laws = laws;
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/CorpusGenerator.java N OUTDIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        if (n < 20) {
            System.err.println("N must be at least 20 (so every type has entries to refer to)");
            System.exit(2);
        }
        Path outDir = Path.of(args[1]).toAbsolutePath().normalize();
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        Path source = Path.of(System.getProperty("corpus.source", "content")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(source.resolve("jbake.properties")) || !Files.isDirectory(source.resolve("data"))) {
            System.err.println("cannot find the real content folder at " + source
                    + " (run from the repository root, or pass -Dcorpus.source=DIR)");
            System.exit(2);
        }
        Path content = outDir.resolve("content");
        if (Files.exists(content)) {
            if (!Files.exists(content.resolve(MARKER))) {
                System.err.println(content + " exists and was not made by this generator; refusing to overwrite it");
                System.exit(2);
            }
            deleteTree(content);
        }
        Files.createDirectories(content.resolve("data"));
        Files.writeString(content.resolve(MARKER), "generated by bench/CorpusGenerator.java\n");
        try (Stream<Path> data = Files.list(source.resolve("data"))) {
            for (Path p : data.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Files.copy(p, content.resolve("data").resolve(p.getFileName()));
            }
        }
        for (String name : List.of("jbake.properties", "synonymer.txt", "situasjoner.txt", "bekymringsord.txt")) {
            if (Files.isRegularFile(source.resolve(name))) Files.copy(source.resolve(name), content.resolve(name));
        }
        Path templates = outDir.resolve("templates");
        if (!Files.exists(templates, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(templates, source.getParent().resolve("templates"));
        }

        Path data = content.resolve("data");
        Set<String> ownerKeys = new HashSet<>(topKeys(data.resolve("eiere.yaml"), "eiere"));
        List<String> owners = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s*-\\s*navn:\\s*\"?([^\"\\n]+?)\"?\\s*$").matcher(Files.readString(data.resolve("etater.yaml")));
        while (m.find()) if (ownerKeys.contains(m.group(1))) owners.add(m.group(1));
        List<String> audiences = topKeys(data.resolve("maalgrupper.yaml"), "maalgrupper");
        List<String> districts = topKeys(data.resolve("byomrader.yaml"), "byomrader");
        Set<String> laws = new LinkedHashSet<>(topKeys(data.resolve("lover.yaml"), "lover"));
        if (owners.isEmpty() || audiences.isEmpty()) {
            System.err.println("no etater with an eier, or no maalgrupper, in " + data);
            System.exit(2);
        }

        CorpusGenerator g = new CorpusGenerator(seed, owners, audiences, districts, laws);
        g.plan(n);
        long bytes = g.write(content);
        System.out.printf(Locale.ROOT, "%d entries (%d tjeneste, %d veileder, %d samarbeid, %d sti), %.1f KB on average, in %s%n",
                n, g.services.size(), g.guides.size(), g.coops.size(), g.paths.size(), bytes / 1024.0 / n, content);
    }

    /** The keys directly under {@code top:} in a small YAML file (two-space indent). */
    static List<String> topKeys(Path file, String top) throws IOException {
        List<String> out = new ArrayList<>();
        boolean in = false;
        Pattern key = Pattern.compile("^  ([^\\s#][^:]*):.*$");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (!line.startsWith(" ")) { in = line.startsWith(top + ":"); continue; }
            Matcher m = key.matcher(line);
            if (in && m.matches()) out.add(m.group(1).strip().replaceAll("^\"|\"$", ""));
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    // ------------------------------------------------------------------ planning (slugs and titles)

    void plan(int n) {
        int paths = Math.max(1, Math.round(n * 0.05f));
        int coops = Math.max(1, Math.round(n * 0.10f));
        int guides = Math.max(2, Math.round(n * 0.15f));
        int services = n - paths - coops - guides;
        // The templates link to these two guides on every page; a real site always has them.
        addPlan(guides(), Type.VEILEDER, "Bekymret for et barn?", "", -1, "bekymret-for-et-barn");
        addPlan(guides(), Type.VEILEDER, "Akutt fare: når et barn ikke er trygt nå", "", -1, "akutt-fare");
        for (int i = 0; i < services; i++) {
            int k = rnd.nextInt(KINDS.size());
            String place = pick(PLACES);
            addPlan(this.services, Type.TJENESTE, KINDS.get(k).title().replace("{sted}", place), place, k, null);
        }
        while (this.guides.size() < guides) {
            int t = rnd.nextInt(GUIDE_TOPICS.length);
            String setting = rnd.nextInt(4) == 0 ? "" : pick(GUIDE_SETTINGS);
            addPlan(this.guides, Type.VEILEDER, GUIDE_TOPICS[t][0] + setting, "", t, null);
        }
        for (int i = 0; i < coops; i++) {
            int k = rnd.nextInt(COOP_KINDS.length);
            String place = pick(PLACES);
            addPlan(this.coops, Type.SAMARBEID, COOP_KINDS[k][0].replace("{sted}", place), place, k, null);
        }
        for (int i = 0; i < paths; i++) {
            int k = rnd.nextInt(PATH_KINDS.length);
            String place = pick(PLACES);
            addPlan(this.paths, Type.STI, PATH_KINDS[k][0].replace("{sted}", place), place, k, null);
        }
    }

    List<Plan> guides() { return guides; }

    /** Adds a plan with a unique slug; on a clash the title gets a qualifier, as a real second unit would. */
    void addPlan(List<Plan> list, Type type, String title, String place, int variant, String fixedSlug) {
        String t = title;
        String slug = fixedSlug != null ? fixedSlug : slugify(t);
        int attempt = 0;
        while (slugs.contains(slug)) {
            attempt++;
            String q = attempt <= 6 ? pick(QUALIFIERS) : "enhet " + (attempt + 1);
            t = title + ", " + q;
            slug = slugify(t);
        }
        if (!SLUG.matcher(slug).matches()) throw new IllegalStateException("bad slug " + slug + " from " + title);
        slugs.add(slug);
        list.add(new Plan(type, slug, t, place, variant));
    }

    static String slugify(String s) {
        String x = s.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replace("é", "e").replace("ü", "u");
        x = x.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (x.isEmpty() || !Character.isLetter(x.charAt(0))) x = "x-" + x;
        return x;
    }

    // ------------------------------------------------------------------ writing

    long write(Path content) throws IOException {
        long bytes = 0;
        for (Type t : Type.values()) Files.createDirectories(content.resolve(t.folder));
        List<Plan> all = new ArrayList<>();
        all.addAll(services); all.addAll(guides); all.addAll(coops); all.addAll(paths);
        for (Plan p : all) {
            String text = switch (p.type) {
                case TJENESTE -> service(p);
                case VEILEDER -> guide(p);
                case SAMARBEID -> coop(p);
                case STI -> path(p);
            };
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            bytes += b.length;
            Files.write(content.resolve(p.type.folder).resolve(p.slug + ".md"), b);
        }
        return bytes;
    }

    /** LOS themes and words an entry of this directory would name (all in the vocabulary). */
    static final List<String> LOS = List.of("ord/barnevern", "ord/bekymringsmelding-til-barnevernet", "ord/helsestasjon",
            "ord/skolehelsetjeneste", "ord/psykisk-helse", "ord/pedagogisk-psykologisk-tjeneste", "ord/spesialundervisning",
            "ord/stotte-til-familier", "ord/hjelp-ved-overgrep", "ord/hjelp-ved-rusavhengighet", "ord/fritidstilbud",
            "ord/sosialhjelp", "ord/legevakt", "ord/mobbing-i-skolen", "tema/barnehage", "tema/grunnskole",
            "tema/barnevern-og-foreldrestotte", "tema/akutt-hjelp", "tema/helsetjenester", "tema/familie-og-barn");

    /** One to three terms, chosen by the slug's hash (again without touching rnd). */
    static List<String> losTerms(String slug) {
        int h = slug.hashCode() & 0x7fffffff;
        List<String> out = new ArrayList<>();
        for (int i = 0; i <= h % 3; i++) {
            String t = LOS.get((h / 3 + i * 7) % LOS.size());
            if (!out.contains(t)) out.add(t);
        }
        return out;
    }

    // common front matter; `extra` is the type's own fields, written before the body
    String front(Plan p, String summary, List<String> keywords, String owner, List<String> groups, List<String> legal,
                 String extra, List<String> seeAlso) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("type: ").append(p.type.key).append('\n');
        // Derived from the slug, not drawn from rnd, so the rest of the corpus stays as it was.
        sb.append("id: ").append(UUID.nameUUIDFromBytes(("korpus:" + p.slug).getBytes(StandardCharsets.UTF_8))).append('\n');
        sb.append("tittel: ").append(q(p.title)).append('\n');
        sb.append("sammendrag: ").append(q(summary.length() > 300 ? summary.substring(0, 296).strip() + " …" : summary)).append('\n');
        list(sb, "stikkord", keywords);
        sb.append("eier: ").append(q(owner)).append('\n');
        sb.append("innholdseier:\n  rolle: ").append(q(pick(ROLES) + ", " + owner)).append('\n');
        sb.append("sist_kontrollert: ").append(CHECKED_BASE.minusDays(rnd.nextInt(181))).append('\n');
        List<String> sources = new ArrayList<>();
        int ns = 1 + rnd.nextInt(3);
        for (int i = 0; i < ns; i++) {
            int from = 100 + rnd.nextInt(3800);
            sources.add(String.format(Locale.ROOT, "00%d_%016x.txt l. %d–%d", rnd.nextInt(4), rnd.nextLong(), from, from + 5 + rnd.nextInt(60)));
        }
        for (String l : legal) sources.add(l + ", kontrollert mot lovteksten på Lovdata");
        list(sb, "kilder", sources);
        list(sb, "maalgruppe", groups);
        list(sb, "los", losTerms(p.slug));
        if (!legal.isEmpty()) list(sb, "lovgrunnlag", legal);
        if (rnd.nextInt(10) == 0) {
            sb.append("bkkvalitet:\n  - id: \"").append(10000 + rnd.nextInt(89999)).append("\"\n    tittel: ")
              .append(q("Prosedyre for " + p.title.toLowerCase(Locale.ROOT))).append('\n');
        }
        sb.append(extra);
        if (!seeAlso.isEmpty()) list(sb, "se_ogsa", seeAlso);
        sb.append("---\n\n");
        return sb.toString();
    }

    String service(Plan p) {
        Kind k = KINDS.get(p.variant);
        String owner = owners.contains(k.eier()) ? k.eier() : pick(owners);
        List<String> groups = validGroups(k.groups());
        List<String> legal = legal(k.law());
        List<String> keywords = new ArrayList<>(k.keywords());
        keywords.add(p.place.toLowerCase(Locale.ROOT));
        StringBuilder extra = new StringBuilder();
        if (rnd.nextInt(12) == 0) extra.append("driftes_av: ").append(q("Stiftelsen " + p.place + " oppvekst")).append('\n');
        extra.append("alder:\n  fra: ").append(k.from()).append("\n  til: ").append(k.to()).append('\n');
        String district = districtOf(p.place);
        if (district != null && rnd.nextInt(3) > 0) list(extra, "byomrade", List.of(district));
        list(extra, "henvisning", k.referral());
        List<String> missing = new ArrayList<>(List.of("telefon"));
        if (rnd.nextBoolean()) missing.add("adresse");
        if (rnd.nextBoolean()) missing.add("apningstider");
        extra.append("kontakt: {fylles_inn_av_eier: [").append(String.join(", ", missing)).append("]}\n");
        List<Plan> partners = others(p, services, coops, 1 + rnd.nextInt(3));
        list(extra, "samarbeider_med", partners.stream().map(x -> x.slug).toList());
        List<Plan> see = new ArrayList<>(List.of(guides.get(0)));
        see.addAll(others(p, guides, List.of(), rnd.nextInt(3)));
        String summary = p.title + " " + k.does() + ". Tjenesten er for " + k.who() + ".";

        StringBuilder b = new StringBuilder();
        b.append("## Hva tjenesten gjør\n\n").append(p.title).append(' ').append(k.does()).append(". ")
         .append(fillers(2)).append("\n\n");
        Plan partner = partners.get(0);
        b.append("Tjenesten samarbeider blant annet med [").append(partner.title).append("](").append(partner.slug).append(".md)")
         .append(" om barn og familier som trenger hjelp fra flere steder samtidig.\n\n");
        b.append("## Hvem kan få hjelp\n\n").append(cap(k.who())).append(". ").append(fillers(1)).append("\n\n");
        b.append("## Slik tar du kontakt\n\n");
        if (k.referral().contains("selvhenvisning")) {
            b.append("1. Ring eller send melding til tjenesten. Kontaktinformasjonen legges inn av tjenesten selv.\n");
        } else if (k.referral().contains("via-tjeneste")) {
            b.append("1. Snakk med tjenesten som kjenner barnet eller familien, og be dem sende en henvisning.\n");
        } else {
            b.append("1. Søk om tjenesten. Du får et skriftlig vedtak, og du kan klage hvis du er uenig.\n");
        }
        b.append("2. Fortell kort hva saken gjelder, og hvem som allerede er involvert.\n");
        b.append("3. Avtal hvem som holder kontakten med familien videre.\n\n");
        b.append("## Når du er bekymret for et barn\n\n")
         .append("Er barnet i fare nå, ring 112 (politi) eller 113 (ambulanse). Ellers følger du stegene i [Bekymret for et barn?](bekymret-for-et-barn.md). ")
         .append("Ansatte i ").append(p.title).append(" har meldeplikt til barnevernet når det er grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt, se ")
         .append(lawLink("barnevernsloven § 13-2")).append(".\n");
        return front(p, summary, keywords, owner, groups, legal, extra.toString(), slugsOf(see)) + b;
    }

    String guide(Plan p) {
        String[] topic = p.variant >= 0 ? GUIDE_TOPICS[p.variant]
                : p.slug.equals("akutt-fare") ? new String[] {"Akutt fare", "akutt", "straffeloven § 196"}
                : new String[] {"Bekymring for et barn", "bekymring", "barnevernsloven § 13-2"};
        String owner = rnd.nextInt(3) == 0 ? pick(owners) : owners.get(0);
        List<String> groups = validGroups(List.of("ansatte"));
        List<String> legal = legal(topic[2]);
        List<String> keywords = new ArrayList<>(List.of(topic[1], "bekymring", "veileder", "rutine"));
        List<Plan> linked = others(p, services, guides, 3);
        String summary = "Hva du som ansatt gjør ved " + topic[0].toLowerCase(Locale.ROOT)
                + ": hvem du snakker med først, hva du skriver ned, og når du må melde fra.";
        StringBuilder b = new StringBuilder();
        b.append("Denne veilederen er for ansatte i Bergen kommune som møter barn, unge og familier. ")
         .append(fillers(2)).append("\n\n");
        b.append("## Slik gjør du det\n\n");
        List<String> steps = new ArrayList<>(List.of(STEPS));
        int nSteps = 4 + rnd.nextInt(4);
        for (int i = 1; i <= nSteps; i++) {
            b.append(i).append(". ").append(steps.remove(rnd.nextInt(steps.size()))).append('\n');
        }
        b.append("\n## Hvem kan hjelpe\n\n");
        for (Plan l : linked) b.append("- [").append(l.title).append("](").append(l.slug).append(".md)\n");
        b.append("\n## Husk\n\n- ").append(fillers(1)).append("\n- Se ").append(lawLink(legal.isEmpty() ? "" : legal.get(0)))
         .append(" og [Akutt fare](akutt-fare.md) når barnet ikke er trygt nå.\n");
        List<Plan> see = others(p, guides, List.of(), 2);
        return front(p, summary, keywords, owner, groups, legal, "", slugsOf(see)) + b;
    }

    String coop(Plan p) {
        String[] kind = COOP_KINDS[p.variant];
        String owner = pick(owners);
        List<String> groups = validGroups(List.of("barn", "ungdom", "foreldre", "ansatte"));
        List<Plan> members = others(p, services, List.of(), 2 + rnd.nextInt(4));
        StringBuilder extra = new StringBuilder();
        list(extra, "deltakere", members.stream().map(x -> x.slug).toList());
        extra.append("niva: ").append(kind[1]).append('\n');
        String summary = p.title + " " + kind[2] + ". Ansatte i tjenestene i området kan melde inn saker.";
        StringBuilder b = new StringBuilder();
        b.append(p.title).append(' ').append(kind[2]).append(". ").append(fillers(1)).append("\n\n");
        b.append("## Hvem deltar\n\n");
        for (Plan m : members) b.append("- [").append(m.title).append("](").append(m.slug).append(".md)\n");
        b.append("- Barnet og foreldrene, når saken gjelder én familie.\n\n");
        b.append("## Hvilke saker\n\n").append("Saker der flere tjenester er bekymret for et barn eller en ungdom, og der ingen alene har oversikten. ")
         .append(fillers(1)).append("\n\n");
        b.append("## Slik melder du inn en sak\n\n")
         .append("1. Snakk med lederen din om saken.\n")
         .append("2. Få samtykke fra foreldrene, eller drøft saken uten navn.\n")
         .append("3. Meld saken til koordinatoren senest en uke før møtet.\n");
        return front(p, summary, List.of("samarbeid", "tverrfaglig", "møte", p.place.toLowerCase(Locale.ROOT)),
                owner, groups, List.of(), extra.toString(), List.of()) + b;
    }

    String path(Plan p) {
        String[] kind = PATH_KINDS[p.variant];
        String owner = pick(owners);
        List<Plan> steps = new ArrayList<>(List.of(guides.get(0), guides.get(1)));
        steps.addAll(others(p, guides, List.of(), 2 + rnd.nextInt(2)).stream().filter(x -> !steps.contains(x)).toList());
        steps.addAll(others(p, services, coops, 2 + rnd.nextInt(3)));
        StringBuilder extra = new StringBuilder("steg:\n");
        for (Plan s : steps) {
            extra.append("  - slug: ").append(s.slug).append("\n    hvorfor: ").append(q(pick(WHY))).append('\n');
        }
        String summary = "For deg som er ny i " + kind[1] + " i " + p.place + ": det du bør kjenne de første ukene, fra meldeplikt til hvem dere samarbeider med.";
        StringBuilder b = new StringBuilder();
        b.append("Denne stien er for deg som er ny i ").append(kind[1]).append(" i ").append(p.place)
         .append(". Gå gjennom stegene i rekkefølge de første ukene. De to første er viktigst: hva du gjør når du er bekymret for et barn, se [Bekymret for et barn?](bekymret-for-et-barn.md), og hva du gjør når et barn er i fare nå.\n\n");
        b.append("## Opplæring du skal ha\n\n- ").append(fillers(1)).append("\n- Spør lederen din om kompetansepakken for nyansatte.\n- ")
         .append(fillers(1)).append('\n');
        return front(p, summary, List.of("ny", "nyansatt", "opplæring", kind[1].toLowerCase(Locale.ROOT)), owner,
                validGroups(List.of("ansatte")), List.of(), extra.toString(), List.of()) + b;
    }

    // ------------------------------------------------------------------ helpers

    /** Up to {@code count} distinct entries from a and b (never {@code self}), in a deterministic order. */
    List<Plan> others(Plan self, List<Plan> a, List<Plan> b, int count) {
        int total = a.size() + b.size();
        LinkedHashSet<Plan> out = new LinkedHashSet<>();
        for (int tries = 0; out.size() < count && tries < count * 10 && total > 0; tries++) {
            int i = rnd.nextInt(total);
            Plan c = i < a.size() ? a.get(i) : b.get(i - a.size());
            if (c != self) out.add(c);
        }
        if (out.isEmpty()) {
            for (Plan c : a) if (c != self) { out.add(c); break; }
        }
        return new ArrayList<>(out);
    }

    /** The place's byområde when data/byomrader.yaml has it, else null (whole city). */
    String districtOf(String place) {
        for (Map.Entry<String, List<String>> e : PLACES_BY_DISTRICT.entrySet()) {
            if (e.getValue().contains(place)) return districts.contains(e.getKey()) ? e.getKey() : null;
        }
        return null;
    }

    List<String> validGroups(List<String> wanted) {
        List<String> g = wanted.stream().filter(audiences::contains).toList();
        return g.isEmpty() ? List.of(audiences.get(0)) : g;
    }

    List<String> legal(String ref) {
        if (ref.isEmpty()) return List.of();
        String law = ref.substring(0, ref.indexOf(" §"));
        return laws.contains(law) ? List.of(ref) : List.of();
    }

    /** A Markdown link to a paragraph on Lovdata, or plain text when the law is not in lover.yaml. */
    String lawLink(String ref) {
        if (ref.isEmpty()) return "lovteksten";
        int i = ref.indexOf(" § ");
        String law = ref.substring(0, i);
        if (!laws.contains(law) || law.contains(" ")) return ref;
        return "[" + ref + "](lov:" + law + "/" + ref.substring(i + 3).replace(" ", "") + ")";
    }

    static List<String> slugsOf(List<Plan> plans) {
        return plans.stream().map(p -> p.slug).distinct().toList();
    }

    String fillers(int n) {
        List<String> pool = new ArrayList<>(List.of(FILLER));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(pool.remove(rnd.nextInt(pool.size())));
        }
        return sb.toString();
    }

    String pick(String[] a) { return a[rnd.nextInt(a.length)]; }

    String pick(List<String> a) { return a.get(rnd.nextInt(a.size())); }

    static String cap(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void list(StringBuilder sb, String key, List<String> values) {
        sb.append(key).append(":\n");
        for (String v : values) sb.append("  - ").append(q(v)).append('\n');
    }
}
