package no.bergen.fellesomradet.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The content owners' synonym file, applied to normalised query words. Rules are normalised by the
 * same analysis as queries, so a rule written on a base form covers every inflection. Format, one
 * rule per line: {@code a, b, c} (all equivalent) or {@code a, b => c} (a and b also mean c);
 * {@code #} starts a comment. The browser search reads the normalised rules from the exported index.
 */
public final class SynonymRules {

    /** Normalised phrase (words joined by a space) → the phrases it also means, in file order. */
    private final Map<String, List<List<String>>> rules;
    /**
     * The files' rules, normalised: [phrases] for «a, b, c», [left phrases, right phrases] for
     * «a => b», and [left phrases, right phrases, []] for a situation (see {@link #parse(String, String, Function)}).
     */
    private final List<List<List<String>>> lines;
    /** Left phrases of situation rules: in a query they mean what the rule says, not their own words. */
    private final Set<String> situations;
    private final int longest;
    /** One-word phrases with a rule, sorted: a query word one typo away from one of them uses its rule. */
    private final List<String> singleWords;

    private SynonymRules(List<List<List<String>>> lines) {
        this.lines = lines;
        this.rules = expand(lines);
        this.situations = lines.stream().filter(l -> l.size() == 3).flatMap(l -> l.get(0).stream()).collect(Collectors.toUnmodifiableSet());
        this.longest = rules.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.singleWords = rules.keySet().stream().filter(k -> !k.contains(" ")).sorted().toList();
    }

    public static SynonymRules parse(String text, Function<String, List<String>> normalise) {
        return parse(text, "", normalise);
    }

    /**
     * The synonyms and the situations (content/situasjoner.txt). A situation rule «a => b» is
     * one-way like a synonym, and more: the words of «a» («snakker nesten ikke») describe what an
     * employee sees, so a query with them searches for «b» (språkvansker) instead of for its own
     * everyday words, which would match pages that merely use them.
     */
    public static SynonymRules parse(String synonyms, String situations, Function<String, List<String>> normalise) {
        List<List<List<String>>> lines = new ArrayList<>();
        for (String line : ruleLines(synonyms)) {
            if (line.contains("=>")) {
                lines.add(List.of(phrases(line.substring(0, line.indexOf("=>")), normalise),
                        phrases(line.substring(line.indexOf("=>") + 2), normalise)));
            } else {
                lines.add(List.of(phrases(line, normalise)));
            }
        }
        for (String line : ruleLines(situations)) {
            if (!line.contains("=>")) continue;
            lines.add(List.of(phrases(line.substring(0, line.indexOf("=>")), normalise),
                    phrases(line.substring(line.indexOf("=>") + 2), normalise), List.of()));
        }
        return new SynonymRules(List.copyOf(lines));
    }

    private static List<String> ruleLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (!line.isBlank()) out.add(line);
        }
        return out;
    }

    /** True when a query phrase is a situation: its own words are left out of the search. */
    public boolean isSituation(String phrase) {
        return situations.contains(phrase);
    }

    /**
     * Phrase → what it also means: in each rule, every phrase on the left gets every other phrase on
     * the right, in file order. sok-motor.js expands the exported rules the same way.
     */
    private static Map<String, List<List<String>>> expand(List<List<List<String>>> lines) {
        Map<String, LinkedHashSet<String>> map = new LinkedHashMap<>();
        for (List<List<String>> rule : lines) {
            List<String> right = rule.size() == 1 ? rule.get(0) : rule.get(1);
            for (String l : rule.get(0)) {
                for (String r : right) {
                    if (!r.equals(l)) map.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(r);
                }
            }
        }
        Map<String, List<List<String>>> rules = new LinkedHashMap<>();
        map.forEach((k, v) -> rules.put(k, v.stream().map(p -> List.of(p.split(" "))).toList()));
        return rules;
    }

    private static List<String> phrases(String part, Function<String, List<String>> normalise) {
        List<String> out = new ArrayList<>();
        for (String p : part.split(",")) {
            List<String> words = normalise.apply(p);
            if (!words.isEmpty()) out.add(String.join(" ", words));
        }
        return out;
    }

    /** Phrase → alternative phrases: what {@link #group} looks up. */
    public Map<String, List<List<String>>> asMap() {
        return rules;
    }

    /**
     * The rules as written, normalised, which is how the browser receives them (a third of the size
     * of {@link #asMap}): each is [phrases] for «a, b, c» or [left, right] for «a, b => c». Phrase p
     * of a rule then means every other phrase of its right side, in order, after what earlier rules
     * gave it.
     */
    public List<List<List<String>>> asLines() {
        return lines;
    }

    /**
     * Groups the normalised words of a query: at each position the longest phrase with a rule
     * becomes one group whose alternatives are the phrase itself and what it also means.
     */
    public List<Group> group(List<String> words) {
        List<Group> groups = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            List<List<String>> alternatives = null;
            for (int len = Math.min(longest, words.size() - i); len >= 1; len--) {
                List<List<String>> r = rules.get(String.join(" ", words.subList(i, i + len)));
                if (r != null) {
                    matched = len;
                    alternatives = r;
                    break;
                }
            }
            if (matched == 0) {
                String word = words.get(i);
                List<List<String>> alts = new ArrayList<>();
                alts.add(List.of(word));
                if (word.length() >= Ranker.MIN_FUZZY_LENGTH) {
                    for (String key : singleWords) {
                        if (Ranker.oneEdit(word, key)) {
                            alts.add(List.of(key));
                            alts.addAll(rules.get(key));
                            break;
                        }
                    }
                }
                groups.add(new Group(alts, true, List.of()));
                i++;
            } else {
                List<List<String>> alts = new ArrayList<>();
                alts.add(List.copyOf(words.subList(i, i + matched)));
                alts.addAll(alternatives);
                groups.add(new Group(alts, false, List.of()));
                i += matched;
            }
        }
        return groups;
    }

    /**
     * One query word or phrase and its alternatives; a document's score for the group is that of
     * its best alternative. {@code plain} groups (one word, no exact rule) may also match with a
     * typo, and, when the word is not in the index at all, by its compound {@code parts}.
     */
    public record Group(List<List<String>> alternatives, boolean plain, List<String> parts) {
        public Group {
            alternatives = List.copyOf(alternatives);
            parts = List.copyOf(parts);
        }

        public Group withParts(List<String> p) {
            return new Group(alternatives, plain, p);
        }
    }
}
