package no.bergen.fellesomradet.model;

import java.util.Optional;

/**
 * Site-wide settings from {@code content/jbake.properties}.
 *
 * @param editBaseUrl      where "Foreslå endring" links to; the entry's path in the repository is appended
 * @param bkkvaliteBaseUrl BkKvalitet document links: the document id is appended
 * @param siteUrl          the site's own address ({@code site.host}), ending in "/", or "" when not set:
 *                         the open data then carries no absolute page addresses (none is guessed)
 */
public record SiteSettings(String title, String editBaseUrl, String bkkvalitetBaseUrl, String lovdataBaseUrl, String siteUrl) {

    public SiteSettings {
        if (!siteUrl.isEmpty() && !siteUrl.endsWith("/")) siteUrl = siteUrl + "/";
    }

    /** Absolute address of a site path ({@code tjenester/ppt/}), or empty when the site's address is not set. */
    public Optional<String> absolute(String path) {
        return siteUrl.isEmpty() ? Optional.empty() : Optional.of(siteUrl + path);
    }
}
