package no.bergen.fellesomradet.model;

/**
 * Site-wide settings from {@code content/jbake.properties}.
 *
 * @param editBaseUrl      where "Foreslå endring" links to; the entry's path in the repository is appended
 * @param bkkvaliteBaseUrl BkKvalitet document links: the document id is appended
 */
public record SiteSettings(String title, String editBaseUrl, String bkkvalitetBaseUrl, String lovdataBaseUrl) { }
