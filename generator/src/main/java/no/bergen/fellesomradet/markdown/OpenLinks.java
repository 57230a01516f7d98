package no.bergen.fellesomradet.markdown;

import java.util.List;

import org.commonmark.renderer.html.HtmlWriter;

/**
 * A body's page HTML rendered before the site's addresses are known: where a link's {@code href}
 * or an image's {@code src} goes stands {@link #MARK}, and {@code targets} holds what each mark
 * points to, in order. {@link #resolve} fills them in as {@link Markdown#render} would have.
 */
record OpenLinks(String folder, String html, List<LinkTarget> targets) {

    /**
     * What the attribute provider writes instead of an address. CommonMark turns every U+0000 in a
     * body into U+FFFD, so no attribute the body makes holds it; should that ever change, the marks
     * would not add up and {@link #resolve} gives up rather than guess.
     */
    static final String MARK = "\u0000";
    private static final String MARKED = "=\"" + MARK + "\"";

    /** The page's HTML with the addresses {@code resolver} gives, or null if the marks do not add up. */
    String resolve(LinkResolver resolver) {
        StringBuilder out = new StringBuilder(html.length() + 64 * targets.size());
        // Its text() escapes as its tag() escapes an attribute's value.
        HtmlWriter writer = new HtmlWriter(out);
        int from = 0;
        for (LinkTarget target : targets) {
            int mark = html.indexOf(MARKED, from);
            if (mark < 0) return null;
            String value = resolver.href(target);
            if (value == null) {
                // No address: the attribute goes, as when the provider removes it.
                out.append(html, from, html.lastIndexOf(' ', mark));
            } else {
                out.append(html, from, mark + 2);
                writer.text(value);
                out.append('"');
            }
            from = mark + MARKED.length();
        }
        if (html.indexOf(MARKED, from) >= 0) return null;
        return out.append(html, from, html.length()).toString();
    }
}
