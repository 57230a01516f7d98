package no.bergen.fellesomradet.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a Markdown link destination. Pure: it knows nothing about which entries exist, only
 * about form, so it can run in {@code check} and in rendering alike.
 */
public final class LinkClassifier {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern LAW = Pattern.compile("^lov:([\\p{L}][\\p{L}\\- ]*)/(\\d+(?:-\\d+)?(?: ?[a-z])?)$");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]");
    private static final Pattern BKK = Pattern.compile("^bkk:([0-9]{1,10})$");

    private LinkClassifier() { }

    /**
     * @param destination the link's destination as written
     * @param entryFolder folder of the linking entry relative to the content folder ("tjenester")
     */
    public static LinkTarget classify(String destination, String entryFolder) {
        String dest = destination.strip();
        if (dest.isEmpty()) return new LinkTarget.Invalid("lenken er tom.");
        // Control characters and whitespace inside a scheme are how "java\tscript:" tricks work.
        String squeezed = CONTROL_OR_SPACE.matcher(dest).replaceAll("");
        Matcher scheme = SCHEME.matcher(squeezed);
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            switch (s) {
                case "http", "https", "mailto", "tel":
                    return new LinkTarget.External(dest);
                case "lov": {
                    Matcher m = LAW.matcher(dest);
                    return m.matches() ? new LinkTarget.Law(m.group(1).toLowerCase(Locale.ROOT), m.group(2))
                            : new LinkTarget.Invalid("lovlenken «" + dest + "» har ikke formen lov:lovnavn/paragraf, "
                            + "for eksempel lov:barnevernsloven/13-2.");
                }
                case "bkk": {
                    Matcher m = BKK.matcher(dest);
                    return m.matches() ? new LinkTarget.Bkk(m.group(1))
                            : new LinkTarget.Invalid("BkKvalitet-lenken «" + dest + "» har ikke formen bkk:12345.");
                }
                default:
                    return new LinkTarget.Invalid("lenker av typen «" + s + ":» er ikke tillatt. Bruk https:, mailto: eller tel:.");
            }
        }
        if (dest.startsWith("#")) return new LinkTarget.Fragment(dest.substring(1));
        if (dest.startsWith("/") || dest.startsWith("\\")) {
            return new LinkTarget.Invalid("«" + dest + "» er en absolutt sti. Lenk til en oppføring med filnavnet, for eksempel ppt.md.");
        }
        String path = dest;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        String normalised = normalise(entryFolder + "/" + path);
        if (normalised == null) {
            return new LinkTarget.Invalid("«" + dest + "» peker ut av content-mappen. Lenk bare til oppføringer og bilder i content/.");
        }
        if (path.endsWith(".md")) {
            String name = normalised.substring(normalised.lastIndexOf('/') + 1);
            return new LinkTarget.Entry(name.substring(0, name.length() - 3), fragment);
        }
        return new LinkTarget.Asset(normalised);
    }

    /** Resolves "." and ".." in a relative path; null when it climbs above its root. */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.replace('\\', '/').split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }
}
