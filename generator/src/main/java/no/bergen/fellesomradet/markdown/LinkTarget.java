package no.bergen.fellesomradet.markdown;

/** What a link or image in an entry's body points at, decided from its destination alone. */
public sealed interface LinkTarget {

    /** Another entry, by slug (from {@code slug.md} or {@code ../folder/slug.md}). */
    record Entry(String slug, String fragment) implements LinkTarget { }

    /** A paragraph of a law: {@code lov:barnevernsloven/13-2}. */
    record Law(String law, String section) implements LinkTarget { }

    /** A BkKvalitet document: {@code bkk:12345}. */
    record Bkk(String id) implements LinkTarget { }

    /** http(s), mailto or tel. */
    record External(String url) implements LinkTarget { }

    /** {@code #section} on the same page. */
    record Fragment(String fragment) implements LinkTarget { }

    /** A file in the content folder (an image), as a path relative to the content folder. */
    record Asset(String path) implements LinkTarget { }

    /** Refused; {@code reason} is a Norwegian sentence for the editor. */
    record Invalid(String reason) implements LinkTarget { }
}
