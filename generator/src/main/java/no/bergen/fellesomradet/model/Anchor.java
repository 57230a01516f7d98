package no.bergen.fellesomradet.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Names as URL fragments and path segments: «Etat for skole» → {@code etat-for-skole}. */
public final class Anchor {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

    private Anchor() { }

    public static String of(String text) {
        String s = text.toLowerCase(NB).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        return EDGE_DASHES.matcher(NOT_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
    }
}
