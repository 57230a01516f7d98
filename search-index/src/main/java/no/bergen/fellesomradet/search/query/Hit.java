package no.bergen.fellesomradet.search.query;

/** One search result. */
public record Hit(String slug, String title, String url, String type, String typeLabel, String owner,
                  String summary, float score) { }
