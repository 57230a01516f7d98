package no.bergen.fellesomradet.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One validated entry: the front matter as typed values plus the Markdown body. Immutable; the
 * rendered HTML is produced later by the render stage.
 *
 * @param id         the entry's identity in the open data: kept for ever, also when the slug changes
 * @param source     path relative to the content folder, as shown in messages
 * @param los        the LOS themes and words the entry is about, in the order the editor gave
 * @param bodyLine   1-based line in the source file where the Markdown body starts
 * @param fieldLines line of each top-level front-matter field
 */
public record Entry(
        String slug,
        UUID id,
        EntryType type,
        Path source,
        String title,
        String summary,
        List<String> keywords,
        String owner,
        String contentOwnerRole,
        LocalDate lastChecked,
        List<String> sources,
        List<String> audiences,
        List<LosTerm> los,
        String language,
        List<LegalRef> legalRefs,
        List<BkkRef> bkkvalitet,
        List<String> formerSlugs,
        List<String> seeAlso,
        Details details,
        String body,
        int bodyLine,
        Map<String, Integer> fieldLines) {

    public Entry {
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
        audiences = List.copyOf(audiences);
        los = List.copyOf(los);
        legalRefs = List.copyOf(legalRefs);
        bkkvalitet = List.copyOf(bkkvalitet);
        formerSlugs = List.copyOf(formerSlugs);
        seeAlso = List.copyOf(seeAlso);
        fieldLines = Map.copyOf(fieldLines);
    }

    /** Line of a front-matter field in the source file, for messages from later stages. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }

    /** Site path of the entry's page, without a leading slash: {@code tjenester/ppt/}. */
    public String path() {
        return type.folder() + "/" + slug + "/";
    }

    /** Slugs this entry points at through its front matter (not its body links). */
    public List<String> referencedSlugs() {
        return Stream.concat(seeAlso.stream(), details.linkedSlugs().stream()).toList();
    }

    /** Fields that only some types have. */
    public sealed interface Details permits Details.Service, Details.Guide, Details.Cooperation, Details.Pathway {

        /** Slugs of other entries named by these fields. */
        List<String> linkedSlugs();

        /** {@code ageFrom} and {@code ageTo} are -1 when the service states no age range. */
        record Service(String runBy, int ageFrom, int ageTo, List<String> districts, List<String> referral,
                       Contact contact, List<String> cooperatesWith) implements Details {

            /** How each {@code henvisning} value reads on the page and in the open data. */
            public static final Map<String, String> REFERRAL_LABELS = Map.of(
                    "selvhenvisning", "Du kan ta kontakt direkte, uten henvisning",
                    "via-tjeneste", "Henvisning fra en annen tjeneste",
                    "vedtak", "Krever vedtak");

            public Service {
                districts = List.copyOf(districts);
                referral = List.copyOf(referral);
                cooperatesWith = List.copyOf(cooperatesWith);
            }

            @Override
            public List<String> linkedSlugs() { return cooperatesWith; }
        }

        record Guide() implements Details {
            @Override
            public List<String> linkedSlugs() { return List.of(); }
        }

        record Cooperation(List<String> participants, String level) implements Details {
            public Cooperation { participants = List.copyOf(participants); }

            @Override
            public List<String> linkedSlugs() { return participants; }
        }

        record Pathway(List<Step> steps) implements Details {
            public Pathway { steps = List.copyOf(steps); }

            @Override
            public List<String> linkedSlugs() { return steps.stream().map(Step::slug).toList(); }
        }
    }

    /** One step of an onboarding pathway. */
    public record Step(String slug, String why) { }

    /**
     * Contact details; only sourced values, and what the owner still has to fill in.
     *
     * @param values  detail key ({@code telefon}, {@code nettside} …) to value, in the model's order
     * @param sources where the values come from; every value but {@code merknad} is covered by one
     */
    public record Contact(Map<String, String> values, List<String> toBeFilledIn, List<ContactSource> sources) {
        public Contact {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            toBeFilledIn = List.copyOf(toBeFilledIn);
            sources = List.copyOf(sources);
        }

        /** The source of one detail, if any. */
        public Optional<ContactSource> sourceOf(String key) {
            return sources.stream().filter(s -> s.covers().contains(key)).findFirst();
        }
    }

    /** A public page that publishes contact details, and the day someone read them there. */
    public record ContactSource(String page, LocalDate read, List<String> covers) {
        public ContactSource { covers = List.copyOf(covers); }
    }

    /** A reference to a BkKvalitet document. */
    public record BkkRef(String id, String title) { }
}
