package no.bergen.fellesomradet.render;

import java.util.HashMap;
import java.util.Map;

import org.jbake.model.DocumentModel;

import no.bergen.fellesomradet.model.Entry;

/**
 * An entry page's body and view (what its template reads as {@code content.body} and
 * {@code content.entry}), added to the entry's stored document when the page is written.
 */
public final class EntryPages implements PageContent {

    private final PageModels models;
    private final Map<String, Entry> bySource = new HashMap<>();

    public EntryPages(PageModels models) {
        this.models = models;
        for (Entry e : models.siteData().entries()) bySource.put(e.source().toString(), e);
    }

    @Override
    public DocumentModel forPage(DocumentModel stored) {
        Entry entry = stored.getSourceuri() == null ? null : bySource.get(stored.getSourceuri());
        if (entry == null || stored.containsKey("entry")) return stored;
        DocumentModel page = new DocumentModel();
        page.putAll(stored);
        page.setBody(models.body(entry));
        page.put("entry", models.entry(entry));
        return page;
    }
}
