package no.bergen.fellesomradet.search.query;

/** One search result, with its integer score (see {@link ScoreModel}). */
public record Hit(String slug, String title, String url, String type, String typeLabel, String owner,
                  String summary, long score) { }
