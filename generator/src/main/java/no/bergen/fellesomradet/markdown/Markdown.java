package no.bergen.fellesomradet.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The site's Markdown dialect: CommonMark with GFM tables, raw HTML escaped (never passed
 * through), link destinations classified by {@link LinkClassifier} and resolved per page, external
 * links marked {@code rel="noopener noreferrer"}, and stable ids on headings. Thread-safe.
 */
public final class Markdown {

    /** Bodies a long-lived instance (serve's) keeps texts and HTML for before it starts again. */
    private static final int MAX_BODIES = 100_000;

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    /** Only for the lines of findings ({@link FactLines}). */
    private final Parser withPositions = Parser.builder().extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** Bodies' texts by body (see {@link #text}). */
    private final Map<String, BodyText> texts = new ConcurrentHashMap<>();
    /** Pages' HTML made while a build inspects the bodies, by body, until the page is written ({@link #render}). */
    private final Map<String, OpenLinks> pages = new ConcurrentHashMap<>();
    /** Whether {@link #inspect} keeps each body's text and HTML: a build reads them again, {@code check} does not. */
    private final boolean keepTexts;

    /** For {@code check}: bodies are inspected, their text is not needed afterwards. */
    public Markdown() {
        this(false);
    }

    private Markdown(boolean keepTexts) {
        this.keepTexts = keepTexts;
    }

    /**
     * For a build: keeps the text of every body it inspects for the search index and the open data,
     * and its page's HTML, so a build parses each body once.
     */
    public static Markdown forBuild() {
        return new Markdown(true);
    }

    /**
     * The text of a body, for the search index and the open data. A build's check parses every body
     * first and keeps its text here ({@link #forBuild}), so a build parses a body once for all three.
     */
    public BodyText text(String body) {
        BodyText known = texts.get(body);
        return known != null ? known : remember(body, parser.parse(body));
    }

    private BodyText remember(String body, Node document) {
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(textOf(heading));
            }
        });
        BodyText text = new BodyText(headings, textOf(document), PlainText.sections(document));
        // serve keeps one Markdown for many builds: the texts of bodies edited away are let go now and then.
        if (texts.size() >= MAX_BODIES) texts.clear();
        texts.put(body, text);
        return text;
    }

    /** Sections, links and raw HTML of a body; {@code firstLine} is the body's line in the file. */
    public BodyFacts inspect(String body, int firstLine, String entryFolder) {
        FactLines lines = new FactLines(withPositions, body, firstLine);
        List<BodyFacts.Section> sections = new ArrayList<>();
        List<BodyFacts.LinkUse> links = new ArrayList<>();
        List<BodyFacts.RawHtml> html = new ArrayList<>();
        Node document = parser.parse(body);
        if (keepTexts) {
            remember(body, document);
            // serve's builder may fail before any page is written: let such HTML go now and then.
            if (pages.size() >= MAX_BODIES) pages.clear();
            pages.put(body, open(document, entryFolder));
        }
        document.accept(new FactLines.FactVisitor() {
            private int position;

            @Override
            void fact(Node node) {
                int at = position++;
                if (node instanceof Heading heading) {
                    sections.add(new BodyFacts.Section(heading.getLevel(), textOf(heading), false, lines, at));
                } else if (node instanceof Link link) {
                    links.add(new BodyFacts.LinkUse(link.getDestination(),
                            LinkClassifier.classify(link.getDestination(), entryFolder), false, lines, at));
                } else if (node instanceof Image image) {
                    links.add(new BodyFacts.LinkUse(image.getDestination(),
                            LinkClassifier.classify(image.getDestination(), entryFolder), true, lines, at));
                } else {
                    html.add(new BodyFacts.RawHtml(lines, at));
                }
            }

            @Override
            public void visit(OrderedList list) {
                if (!sections.isEmpty()) {
                    BodyFacts.Section last = sections.remove(sections.size() - 1);
                    sections.add(new BodyFacts.Section(last.level(), last.title(), true, lines, last.position()));
                }
                visitChildren(list);
            }
        });
        return new BodyFacts(sections, links, html);
    }

    /**
     * Renders a body to HTML for one page; {@code resolver} knows where that page sits in the site.
     * A body a build has inspected was rendered then, with its addresses left open; that HTML is
     * taken (and let go) here, which saves a second parse: about 5 % of a 10,000-entry build.
     */
    public String render(String body, String entryFolder, LinkResolver resolver) {
        OpenLinks open = pages.remove(body);
        String html = open != null && open.folder().equals(entryFolder) ? open.resolve(resolver) : null;
        return html != null ? html : render(parser.parse(body), entryFolder, resolver);
    }

    /** As {@link #inspect} keeps it for a build; for the tests. */
    OpenLinks open(String body, String entryFolder) {
        return open(parser.parse(body), entryFolder);
    }

    /** The page's HTML before the site's addresses are known: each is asked for later, in the same order. */
    private OpenLinks open(Node document, String entryFolder) {
        List<LinkTarget> targets = new ArrayList<>();
        String html = render(document, entryFolder, target -> {
            targets.add(target);
            return OpenLinks.MARK;
        });
        return new OpenLinks(entryFolder, html, List.copyOf(targets));
    }

    private String render(Node document, String entryFolder, LinkResolver resolver) {
        HeadingIds ids = new HeadingIds();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .attributeProviderFactory(ctx -> new SiteAttributes(entryFolder, resolver, ids))
                .build();
        return renderer.render(document);
    }

    /** Plain text of a node and its children (heading titles, search text). */
    public static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append(' ');
            }
        });
        return sb.toString().strip();
    }

    private record SiteAttributes(String entryFolder, LinkResolver resolver, HeadingIds ids) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link link) {
                LinkTarget target = LinkClassifier.classify(link.getDestination(), entryFolder);
                String href = target instanceof LinkTarget.Invalid ? null : resolver.href(target);
                if (href == null) {
                    attributes.remove("href");
                } else {
                    attributes.put("href", href);
                }
                if (target instanceof LinkTarget.External || target instanceof LinkTarget.Law || target instanceof LinkTarget.Bkk) {
                    attributes.put("rel", "noopener noreferrer");
                }
            } else if (node instanceof Image image) {
                LinkTarget target = LinkClassifier.classify(image.getDestination(), entryFolder);
                String src = target instanceof LinkTarget.Asset ? resolver.href(target) : null;
                if (src == null) attributes.remove("src"); else attributes.put("src", src);
            } else if (node instanceof Heading heading) {
                attributes.put("id", ids.idFor(textOf(heading)));
            }
        }
    }
}
