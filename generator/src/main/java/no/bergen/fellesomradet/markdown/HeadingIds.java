package no.bergen.fellesomradet.markdown;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Stable, readable ASCII ids for headings ("Når du er bekymret" → "nar-du-er-bekymret"), unique per page. */
final class HeadingIds {

    private final Map<String, Integer> used = new HashMap<>();

    String idFor(String text) {
        String base = slugify(text);
        if (base.isEmpty()) base = "del";
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String slugify(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
