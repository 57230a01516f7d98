package no.bergen.fellesomradet.markdown;

import java.util.List;

/** What {@code check} needs to know about a body: its sections, links and any raw HTML, with lines. */
public record BodyFacts(List<Section> sections, List<LinkUse> links, List<Integer> rawHtmlLines) {

    public BodyFacts {
        sections = List.copyOf(sections);
        links = List.copyOf(links);
        rawHtmlLines = List.copyOf(rawHtmlLines);
    }

    /** A heading, and whether a numbered list follows it before the next heading. */
    public record Section(int level, String title, int line, boolean hasNumberedList) { }

    public record LinkUse(String destination, LinkTarget target, int line, boolean image) { }
}
