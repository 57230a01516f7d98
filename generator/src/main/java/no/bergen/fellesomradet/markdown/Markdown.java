package no.bergen.fellesomradet.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
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

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final Parser fastParser = Parser.builder().extensions(extensions).build();

    public Node parse(String body) {
        return parser.parse(body);
    }

    /** Sections, links and raw HTML of a body; {@code firstLine} is the body's line in the file. */
    public BodyFacts inspect(String body, int firstLine, String entryFolder) {
        Node doc = parser.parse(body);
        List<BodyFacts.Section> sections = new ArrayList<>();
        List<BodyFacts.LinkUse> links = new ArrayList<>();
        List<Integer> html = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                sections.add(new BodyFacts.Section(heading.getLevel(), textOf(heading), line(heading), false));
                visitChildren(heading);
            }

            @Override
            public void visit(OrderedList list) {
                if (!sections.isEmpty()) {
                    BodyFacts.Section last = sections.remove(sections.size() - 1);
                    sections.add(new BodyFacts.Section(last.level(), last.title(), last.line(), true));
                }
                visitChildren(list);
            }

            @Override
            public void visit(Link link) {
                links.add(new BodyFacts.LinkUse(link.getDestination(),
                        LinkClassifier.classify(link.getDestination(), entryFolder), line(link), false));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(new BodyFacts.LinkUse(image.getDestination(),
                        LinkClassifier.classify(image.getDestination(), entryFolder), line(image), true));
                visitChildren(image);
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(line(block));
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(line(inline));
            }

            private int line(Node node) {
                Node n = node;
                while (n != null && n.getSourceSpans().isEmpty()) n = n.getParent();
                return firstLine + (n == null ? 0 : n.getSourceSpans().get(0).getLineIndex());
            }
        });
        return new BodyFacts(sections, links, html);
    }

    /** Renders a body to HTML for one page; {@code resolver} knows where that page sits in the site. */
    public String render(String body, String entryFolder, LinkResolver resolver) {
        HeadingIds ids = new HeadingIds();
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .attributeProviderFactory(ctx -> new SiteAttributes(entryFolder, resolver, ids))
                .build();
        return renderer.render(fastParser.parse(body));
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
            public void visit(org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak br) {
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
