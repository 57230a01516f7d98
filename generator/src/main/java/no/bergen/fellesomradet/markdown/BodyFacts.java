package no.bergen.fellesomradet.markdown;

import java.util.List;

/**
 * What {@code check} needs to know about a body: its sections, links and any raw HTML. Each fact
 * knows its line in the file, found on first use ({@link FactLines}).
 */
public record BodyFacts(List<Section> sections, List<LinkUse> links, List<RawHtml> rawHtml) {

    public BodyFacts {
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        rawHtml = List.copyOf(rawHtml);
    }

    /** A heading, and whether a numbered list follows it before the next heading. */
    public record Section(int level, String title, boolean hasNumberedList, FactLines lines, int position) {
        public int line() { return lines.line(position); }
    }

    public record LinkUse(String destination, LinkTarget target, boolean image, FactLines lines, int position) {
        public int line() { return lines.line(position); }
    }

    /** Raw HTML, a block or inline. */
    public record RawHtml(FactLines lines, int position) {
        public int line() { return lines.line(position); }
    }
}
