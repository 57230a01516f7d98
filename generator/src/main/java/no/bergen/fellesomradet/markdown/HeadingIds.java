package no.bergen.fellesomradet.markdown;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Stable, readable ASCII ids for headings ("Når du er bekymret" → "nar-du-er-bekymret"), unique per page. */
final class HeadingIds {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");
    /** Pages share most of their headings; a slug was a tenth of rendering a body at 10,000 entries. */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Integer> used = new HashMap<>();

    String idFor(String text) {
        String base = slugify(text);
        if (base.isEmpty()) base = "del";
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    static String slugify(String text) {
        String known = SLUGS.get(text);
        if (known != null) return known;
        String s = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        if (SLUGS.size() < MAX_REMEMBERED) SLUGS.put(text, slug);
        return slug;
    }
}
