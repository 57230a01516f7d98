package no.bergen.fellesomradet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled lists in {@code content/data/}: who owns what, for whom, and which laws exist.
 * A reorganisation is an edit of these files, never of code.
 *
 * @param sharedOwner the etat that owns what belongs to the whole site (data files, synonyms)
 */
public record Catalog(
        Map<String, String> departments,
        List<Agency> agencies,
        Map<String, Audience> audiences,
        Map<String, String> districts,
        Map<String, Law> laws,
        Map<String, Owner> owners,
        String sharedOwner) {

    public Catalog {
        departments = inFileOrder(departments);
        agencies = List.copyOf(agencies);
        audiences = inFileOrder(audiences);
        districts = inFileOrder(districts);
        laws = inFileOrder(laws);
        owners = inFileOrder(owners);
    }

    /**
     * The lists keep the order of their files: pages list byrådsavdelinger and målgrupper in it.
     * ({@code Map.copyOf} would not: its order changes from one JVM to the next, and so would the pages.)
     */
    private static <V> Map<String, V> inFileOrder(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public Optional<Agency> agency(String name) {
        return agencies.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<String> agencyNames() {
        return agencies.stream().map(Agency::name).toList();
    }

    /** An etat and the byrådsavdeling it currently belongs to. */
    public record Agency(String name, String shortName, String department) { }

    /** A target group; ages are optional. */
    public record Audience(String key, String name, Integer ageFrom, Integer ageTo) { }

    /** A law by its short name, with the id Lovdata uses for it. */
    public record Law(String shortName, String title, String lovdataId) { }

    /** Who approves changes to an etat's entries. */
    public record Owner(String agency, String role, String reviewers) { }
}
