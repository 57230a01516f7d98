package no.bergen.fellesomradet.index;

import java.util.ArrayList;
import java.util.List;

import no.bergen.fellesomradet.markdown.BodyText;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.search.index.IndexDocument;

/** Maps entries onto what the search index holds: plain text per weighted field, and facets. */
public final class SearchDocuments {

    private final Markdown markdown;

    public SearchDocuments(Markdown markdown) {
        this.markdown = markdown;
    }

    public List<IndexDocument> of(Site site) {
        List<IndexDocument> docs = new ArrayList<>();
        for (Entry e : site.entries()) docs.add(of(e, site.catalog()));
        return docs;
    }

    public IndexDocument of(Entry e, Catalog catalog) {
        BodyText text = markdown.text(e.body());
        String department = catalog.agency(e.owner()).map(Catalog.Agency::department).orElse("");
        // Target groups by name (the browser shows them as filters); laws as keywords, so
        // "barnevernsloven 13-2" finds the pages that rest on it.
        List<String> audiences = e.audiences().stream().map(a -> catalog.audiences().get(a).name()).toList();
        List<String> keywords = new ArrayList<>(e.keywords());
        e.legalRefs().forEach(r -> keywords.add(r.toString()));
        return new IndexDocument(e.slug(), e.path(), e.title(), e.type().key(), e.type().label(), e.owner(), department,
                audiences, keywords, e.summary(), text.headings(), text.text());
    }
}
