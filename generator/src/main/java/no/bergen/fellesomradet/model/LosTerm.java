package no.bergen.fellesomradet.model;

import java.util.List;

/**
 * One concept of LOS, Digdir's shared vocabulary for public services: a tema (theme) or an ord
 * (subject word). Entries name the concepts they are about; the pages show the label, the HSDS
 * export and the JSON-LD carry the URI.
 *
 * @param path         {@code tema/…} or {@code ord/…}, the concept's URI below {@link #BASE}
 * @param label        bokmål label
 * @param labelNn      nynorsk label
 * @param hiddenLabels synonyms, bokmål and nynorsk
 * @param note         bokmål description, or "" when LOS gives none
 * @param broader      path of the theme above it, or "" for a top theme
 */
public record LosTerm(String path, String label, String labelNn, List<String> hiddenLabels, String note, String broader) {

    public static final String BASE = "https://psi.norge.no/los/";

    public LosTerm {
        hiddenLabels = List.copyOf(hiddenLabels);
    }

    public String uri() {
        return BASE + path;
    }

    public boolean isTheme() {
        return path.startsWith("tema/");
    }
}
