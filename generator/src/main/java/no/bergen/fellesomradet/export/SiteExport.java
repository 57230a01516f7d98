package no.bergen.fellesomradet.export;

import java.io.IOException;
import java.nio.file.Path;

import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Site;

/**
 * Open data written beside the pages, from the same validated site. The build runs each export
 * after the search index, into the folder that is swapped in whole, so a failed export publishes
 * nothing.
 */
public interface SiteExport {

    /** @param siteDir the folder the site is being built in */
    void write(Site site, EditorialStatus status, Path siteDir) throws IOException;
}
