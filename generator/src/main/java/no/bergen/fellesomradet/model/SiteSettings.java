package no.bergen.fellesomradet.model;

import java.util.Optional;

/**
 * Site-wide settings from {@code content/jbake.properties}.
 *
 * @param editBaseUrl      where "Foreslå endring" links to; the entry's path in the repository is appended
 * @param bkkvaliteBaseUrl BkKvalitet document links: the document id is appended
 * @param siteUrl          the site's own address ({@code site.host}), ending in "/", or "" when not set:
 *                         the open data then carries no absolute page addresses (none is guessed)
 * @param editor           where the form editor at /admin/ saves its changes
 */
public record SiteSettings(String title, String editBaseUrl, String bkkvalitetBaseUrl, String lovdataBaseUrl,
                           String siteUrl, Editor editor) {

    public SiteSettings {
        if (!siteUrl.isEmpty() && !siteUrl.endsWith("/")) siteUrl = siteUrl + "/";
    }

    /** Absolute address of a site path ({@code tjenester/ppt/}), or empty when the site's address is not set. */
    public Optional<String> absolute(String path) {
        return siteUrl.isEmpty() ? Optional.empty() : Optional.of(siteUrl + path);
    }

    /**
     * The form editor's backend, in Decap CMS's terms.
     *
     * @param backend   github, gitlab, gitea, bitbucket, azure …
     * @param repo      owner/name of the repository; "" until the administrators set it
     * @param branch    the branch pull requests go to
     * @param baseUrl   the OAuth endpoint the login goes through, "" for the backend's default
     * @param apiRoot   the forge's API, "" for the public one of the backend
     * @param localUrl  the local backend (decap-server) an editor on this machine may use, "" for none
     */
    public record Editor(String backend, String repo, String branch, String baseUrl, String apiRoot, String localUrl) {
        public static final Editor NONE = new Editor("github", "", "main", "", "", "");
    }
}
