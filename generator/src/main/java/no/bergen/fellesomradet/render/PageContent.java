package no.bergen.fellesomradet.render;

import org.jbake.model.DocumentModel;

/**
 * What a page needs beyond the document the content store holds, made just before the page is
 * written and dropped after it. The store then holds every page's small document, not every
 * page's body and view at once: at 10,000 entries those were about half of the build's live
 * memory (docs/PERFORMANCE.md).
 */
@FunctionalInterface
public interface PageContent {

    /** The document to render: {@code stored} itself, or a copy with more in it. Called from several threads. */
    DocumentModel forPage(DocumentModel stored);

    /** This content, then {@code next}'s: for a store with pages of both kinds. */
    default PageContent andThen(PageContent next) {
        return stored -> next.forPage(forPage(stored));
    }
}
