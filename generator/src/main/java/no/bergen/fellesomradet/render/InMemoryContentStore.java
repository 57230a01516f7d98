package no.bergen.fellesomradet.render;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's {@link ContentStore} held in memory, in the order documents were added. JBake's own
 * store is an OrientDB database queried once per rendered page; see docs/adr/0002 for why it is
 * replaced. Every query a renderer or template extractor can make is answered from the lists here,
 * so nothing starts a database. Populated once by the crawler, then read-only.
 */
public final class InMemoryContentStore extends ContentStore {

    private final Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
    private final Map<String, DocumentModel> byUri = new LinkedHashMap<>();

    public InMemoryContentStore() {
        super("memory", "fellesomradet");
    }

    @Override
    public void addDocument(DocumentModel document) {
        byType.computeIfAbsent(document.getType(), t -> new ArrayList<>()).add(document);
        byUri.put(document.getUri(), document);
    }

    public List<DocumentModel> documents(String type) {
        return Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
    }

    public List<DocumentModel> allDocuments() {
        List<DocumentModel> all = new ArrayList<>();
        byType.values().forEach(all::addAll);
        return all;
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> docs) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(docs);
        return list;
    }

    @Override
    public void startup() { /* nothing to start */ }

    @Override
    public void close() { /* nothing to close */ }

    @Override
    public void shutdown() { /* nothing to shut down */ }

    @Override
    public void drop() {
        byType.clear();
        byUri.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) { /* no cache between builds */ }

    @Override
    public long getDocumentCount(String docType) {
        return documents(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel d = byUri.get(uri);
        return d == null ? new DocumentList<>() : list(List.of(d));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(documents(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(documents(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return list(documents(docType));
    }

    /** Everything is rendered in one pass, so nothing is ever "unrendered" between builds. */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(allDocuments());
    }

    @Override
    public void deleteContent(String uri) {
        DocumentModel d = byUri.remove(uri);
        if (d != null) byType.get(d.getType()).remove(d);
    }

    @Override
    public void markContentAsRendered(DocumentModel document) { /* no state between builds */ }

    @Override
    public void deleteAllByDocType(String docType) {
        List<DocumentModel> removed = byType.remove(docType);
        if (removed != null) removed.forEach(d -> byUri.remove(d.getUri()));
    }

    @Override
    public Set<String> getTags() {
        return Set.of();
    }

    @Override
    public Set<String> getAllTags() {
        return Set.of();
    }
}
