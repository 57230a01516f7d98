package no.bergen.fellesomradet.model;

import java.util.Locale;

/** Names as URL fragments and path segments: «Etat for skole» → {@code etat-for-skole}. */
public final class Anchor {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private Anchor() { }

    public static String of(String text) {
        return text.toLowerCase(NB).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
