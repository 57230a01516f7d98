package no.bergen.fellesomradet.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search index and the open data read of a body, from one parse of it.
 *
 * @param headings the text of every heading, in body order
 * @param text     the body's text without Markdown ({@link Markdown#textOf})
 * @param sections each {@code ##} section's text, by its title in lower case ({@link PlainText})
 */
public record BodyText(List<String> headings, String text, Map<String, String> sections) {

    public BodyText {
        headings = List.copyOf(headings);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }
}
