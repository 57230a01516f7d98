package no.bergen.fellesomradet.markdown;

/** Turns a classified link into the URL a reader's browser follows; null removes the link. */
@FunctionalInterface
public interface LinkResolver {
    String href(LinkTarget target);
}
