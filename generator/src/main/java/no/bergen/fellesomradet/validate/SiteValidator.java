package no.bergen.fellesomradet.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import no.bergen.fellesomradet.markdown.BodyFacts;
import no.bergen.fellesomradet.markdown.LinkTarget;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.EntryType;

/**
 * Checks that need the whole site: unique slugs, links that resolve, owners that exist, required
 * body sections, freshness. Runs after every entry has been parsed on its own.
 */
public final class SiteValidator {

    /** Body sections a service page must have, in this order (docs/content-model.md). */
    public static final List<String> SERVICE_SECTIONS = ContentModel.of(EntryType.TJENESTE).sectionTitles();
    public static final List<String> COOPERATION_SECTIONS = ContentModel.of(EntryType.SAMARBEID).sectionTitles();
    public static final String GUIDE_STEPS = ContentModel.of(EntryType.VEILEDER).sectionTitles().get(0);
    /** Nynorsk equivalents, for entries written with {@code spraak: nn}. */
    private static final Map<String, String> NYNORSK = Map.of(
            "Hva tjenesten gjør", "Kva tenesta gjer",
            "Hvem kan få hjelp", "Kven kan få hjelp",
            "Slik tar du kontakt", "Slik tek du kontakt",
            "Når du er bekymret for et barn", "Når du er uroa for eit barn",
            "Hvem deltar", "Kven deltek",
            "Hvilke saker", "Kva saker",
            "Slik melder du inn en sak", "Slik meld du inn ei sak",
            "Slik gjør du det", "Slik gjer du det");
    /** A required section's title as an entry in {@code language} ({@code nb} or {@code nn}) writes it. */
    public static String sectionTitle(String title, String language) {
        return language.equals("nn") ? NYNORSK.getOrDefault(title, title) : title;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(lorem ipsum|lorem|todo|xxx|fixme|tbd)\\b");
    private static final List<String> PLACEHOLDER_WORDS = List.of("lorem", "todo", "xxx", "fixme", "tbd");
    /** Whether an ASCII character is the first letter of one of {@link #PLACEHOLDER_WORDS}, either case. */
    private static final boolean[] PLACEHOLDER_STARTS = firstLetters(PLACEHOLDER_WORDS);
    static final int FRESH_MONTHS = 12;

    private final Catalog catalog;
    private final Markdown markdown;
    private final Path contentDir;
    private final LocalDate today;

    public SiteValidator(Catalog catalog, Markdown markdown, Path contentDir, LocalDate today) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.contentDir = contentDir;
        this.today = today;
    }

    /**
     * @param display turns an entry's path relative to content/ into the path shown in messages
     */
    public void validate(List<Entry> entries, Set<String> allSlugs, Function<Entry, Path> display,
                         Findings findings) {
        // Each entry's own checks are independent: run them on all cores, merge in entry order.
        entries.parallelStream().map(e -> {
            Findings own = new Findings();
            Path file = display.apply(e);
            checkOwner(e, file, own);
            checkFreshness(e, file, own);
            checkBody(e, file, allSlugs, own);
            return own;
        }).toList().forEach(findings::addAll);
        Map<String, Entry> formerOwners = new HashMap<>();
        for (Entry e : entries) {
            Path file = display.apply(e);
            for (String old : e.formerSlugs()) {
                Entry other = formerOwners.putIfAbsent(old, e);
                if (other != null && other != e) {
                    findings.error(file, e.lineOf("tidligere_slugs"), "`tidligere_slugs`: «" + old + "» er også oppgitt som tidligere slug i "
                            + other.source() + ". Bare én oppføring kan overta en gammel adresse.");
                }
            }
        }
    }

    private void checkOwner(Entry e, Path file, Findings findings) {
        if (!catalog.owners().containsKey(e.owner())) {
            findings.error(file, e.lineOf("eier"), "`eier`: «" + e.owner() + "» har ingen godkjenner i content/data/eiere.yaml. "
                    + "Legg etaten inn der, så vet alle hvem som godkjenner endringer.");
        }
    }

    private void checkFreshness(Entry e, Path file, Findings findings) {
        if (e.lastChecked().isBefore(today.minusMonths(FRESH_MONTHS))) {
            findings.warning(file, e.lineOf("sist_kontrollert"), "`sist_kontrollert`: " + e.lastChecked() + " er mer enn " + FRESH_MONTHS
                    + " måneder siden. Kontroller innholdet og sett ny dato.");
        }
        if (e.lastChecked().isAfter(today)) {
            findings.error(file, e.lineOf("sist_kontrollert"), "`sist_kontrollert`: " + e.lastChecked() + " er en dato fram i tid.");
        }
    }

    /** @param allSlugs every entry file's slug, also of entries with errors, so one mistake is reported once */
    private void checkBody(Entry e, Path file, Set<String> allSlugs, Findings findings) {
        BodyFacts facts = markdown.inspect(e.body(), e.bodyLine(), e.type().folder());
        for (BodyFacts.RawHtml html : facts.rawHtml()) {
            findings.error(file, html.line(), "HTML-kode er ikke tillatt i teksten. Bruk Markdown (for eksempel **fet** eller [lenke](ppt.md)).");
        }
        for (BodyFacts.LinkUse link : facts.links()) {
            LinkTarget t = link.target();
            if (t instanceof LinkTarget.Invalid invalid) {
                findings.error(file, link.line(), "Lenke: " + invalid.reason());
            } else if (t instanceof LinkTarget.Entry target && !allSlugs.contains(target.slug())) {
                findings.error(file, link.line(), "Lenken «" + link.destination() + "» viser til «" + target.slug()
                        + "», men den oppføringen finnes ikke" + suggestion(target.slug(), allSlugs) + ".");
            } else if (t instanceof LinkTarget.Law law && !catalog.laws().containsKey(law.law())) {
                findings.error(file, link.line(), "Lovlenken viser til «" + law.law() + "», som ikke finnes i content/data/lover.yaml.");
            } else if (t instanceof LinkTarget.Asset asset && !Files.isRegularFile(contentDir.resolve(asset.path()))) {
                findings.error(file, link.line(), "Filen «" + link.destination() + "» finnes ikke i content/.");
            } else if (t instanceof LinkTarget.Entry target && target.slug().equals(e.slug()) && e.type() == EntryType.STI) {
                findings.error(file, link.line(), "Stien lenker til seg selv.");
            }
        }
        List<String> required = ContentModel.of(e.type()).sectionTitles();
        int last = -1;
        for (String title : required) {
            String wanted = e.language().equals("nn") ? NYNORSK.getOrDefault(title, title) : title;
            int idx = indexOf(facts.sections(), wanted);
            if (idx < 0 && e.language().equals("nn")) idx = indexOf(facts.sections(), title);
            if (idx < 0) {
                findings.error(file, e.bodyLine(), "Avsnittet «## " + wanted + "» mangler. En " + e.type().key()
                        + " skal ha disse avsnittene i denne rekkefølgen: " + String.join(", ", required.stream()
                        .map(r -> "«## " + (e.language().equals("nn") ? NYNORSK.getOrDefault(r, r) : r) + "»").toList()) + ".");
            } else if (idx < last) {
                findings.error(file, facts.sections().get(idx).line(), "Avsnittet «## " + wanted + "» står i feil rekkefølge.");
            } else {
                last = idx;
                if (e.type() == EntryType.VEILEDER && !facts.sections().get(idx).hasNumberedList()) {
                    findings.error(file, facts.sections().get(idx).line(),
                            "«## " + wanted + "» skal ha stegene som en nummerert liste (1., 2., 3. …).");
                }
            }
        }
        if (!mayHavePlaceholder(e.body())) return;
        var m = PLACEHOLDER.matcher(e.body());
        if (m.find()) {
            int line = e.bodyLine() + (int) e.body().substring(0, m.start()).chars().filter(c -> c == '\n').count();
            findings.error(file, line, "Plassholdertekst («" + m.group() + "») må erstattes med ekte innhold før publisering.");
        }
    }

    private static boolean[] firstLetters(List<String> words) {
        boolean[] starts = new boolean[128];
        for (String w : words) {
            starts[Character.toLowerCase(w.charAt(0))] = true;
            starts[Character.toUpperCase(w.charAt(0))] = true;
        }
        return starts;
    }

    /**
     * A cheap test before the case-insensitive expression, which costs about three times as much
     * over 10,000 bodies that almost never contain a placeholder: one pass that compares only where
     * a placeholder word could begin (lowercasing the body and searching it once per word took six).
     * It may say yes where the expression finds nothing, never the other way round.
     */
    static boolean mayHavePlaceholder(String body) {
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            // A table look-up per character: a search of the letters per character was 2.5 % of a
            // 10,000-entry build (docs/PERFORMANCE.md).
            if (c >= PLACEHOLDER_STARTS.length || !PLACEHOLDER_STARTS[c]) continue;
            for (String word : PLACEHOLDER_WORDS) {
                if (body.regionMatches(true, i, word, 0, word.length())) return true;
            }
        }
        return false;
    }

    private static int indexOf(List<BodyFacts.Section> sections, String title) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).level() == 2 && sections.get(i).title().equalsIgnoreCase(title)) return i;
        }
        return -1;
    }

    /** " (mente du «x»?)" for the closest existing slug, or "". */
    static String suggestion(String slug, Collection<String> slugs) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : slugs) {
            int d = distance(slug, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, slug.length() / 3) ? " (mente du «" + best + "»?)" : "";
    }

    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
