package no.bergen.fellesomradet.search.index;

import java.util.List;

/**
 * What the search index knows about one entry. The generator maps its content model onto this, so
 * the search module stays independent of it.
 *
 * @param url page path relative to the site root ({@code tjenester/ppt/})
 */
public record IndexDocument(
        String slug,
        String url,
        String title,
        String type,
        String typeLabel,
        String owner,
        String department,
        List<String> audiences,
        List<String> keywords,
        String summary,
        List<String> headings,
        String body) {

    public IndexDocument {
        audiences = List.copyOf(audiences);
        keywords = List.copyOf(keywords);
        headings = List.copyOf(headings);
    }
}
