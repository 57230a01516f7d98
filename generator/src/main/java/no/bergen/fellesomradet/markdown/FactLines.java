package no.bergen.fellesomradet.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * The lines of a body's headings, links, images and raw HTML, in document order. Parsing with
 * source positions costs about three times a plain parse, and only a body with a finding needs
 * a line, so the body is parsed again, with positions, when the first line is asked for. Both
 * parses give the same tree, so the n-th fact of one is the n-th of the other.
 */
public final class FactLines {

    private final Parser withPositions;
    private final String body;
    private final int firstLine;
    private int[] lines;

    FactLines(Parser withPositions, String body, int firstLine) {
        this.withPositions = withPositions;
        this.body = body;
        this.firstLine = firstLine;
    }

    /** The line in the file of the fact at this position. */
    public synchronized int line(int position) {
        if (lines == null) lines = find();
        return lines[position];
    }

    private int[] find() {
        List<Integer> found = new ArrayList<>();
        withPositions.parse(body).accept(new FactVisitor() {
            @Override
            void fact(Node node) {
                found.add(line(node));
            }
        });
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private int line(Node node) {
        Node n = node;
        while (n != null && n.getSourceSpans().isEmpty()) n = n.getParent();
        return firstLine + (n == null ? 0 : n.getSourceSpans().get(0).getLineIndex());
    }

    /** Visits the facts in document order; {@link #fact} is called for each before its children. */
    abstract static class FactVisitor extends AbstractVisitor {

        abstract void fact(Node node);

        @Override
        public void visit(Heading heading) {
            fact(heading);
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            fact(link);
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            fact(image);
            visitChildren(image);
        }

        @Override
        public void visit(HtmlBlock block) {
            fact(block);
        }

        @Override
        public void visit(HtmlInline inline) {
            fact(inline);
        }
    }
}
