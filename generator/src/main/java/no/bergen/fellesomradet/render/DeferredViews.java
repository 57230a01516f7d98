package no.bergen.fellesomradet.render;

import java.util.Map;

import org.jbake.model.DocumentModel;

/**
 * Generated pages whose view is made when the page is written rather than when the pages are
 * listed: the lists of every entry, the content status, the changes and the samarbeidskart's
 * views. Made all at once, those views were held together through the whole page stage, about a
 * quarter of a 10,000-entry build's live memory, though each is needed only while its page is
 * written (docs/PERFORMANCE.md).
 */
public final class DeferredViews implements PageContent {

    /** Makes a page's view: what its template reads, by key. Called from any page thread. */
    @FunctionalInterface
    interface View {
        Map<String, Object> make();
    }

    /** The stored document's key for its deferred view. */
    private static final String VIEW = "utsattVisning";

    /** Marks {@code stored} as a page whose view {@code view} makes when the page is written. */
    static void defer(DocumentModel stored, View view) {
        stored.put(VIEW, view);
    }

    @Override
    public DocumentModel forPage(DocumentModel stored) {
        if (!(stored.get(VIEW) instanceof View view)) return stored;
        DocumentModel page = new DocumentModel();
        page.putAll(stored);
        page.remove(VIEW);
        page.putAll(view.make());
        return page;
    }
}
