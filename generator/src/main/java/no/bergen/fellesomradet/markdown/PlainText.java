package no.bergen.fellesomradet.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a body's {@code ##} sections without Markdown, for readers of the open data: a link
 * becomes its text (an entry link's address means nothing outside the site), lists keep their
 * "- " and "1. ", paragraphs are separated by a blank line. Thread-safe.
 */
public final class PlainText {

    private PlainText() { }

    /** Section title in lower case → its text, for every level-2 heading, in body order. */
    static Map<String, String> sections(Node document) {
        Map<String, String> out = new LinkedHashMap<>();
        Node node = document.getFirstChild();
        while (node != null) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                StringBuilder text = new StringBuilder();
                Node n = h.getNext();
                while (n != null && !(n instanceof Heading next && next.getLevel() <= 2)) {
                    n.accept(new Writer(text));
                    n = n.getNext();
                }
                out.putIfAbsent(title(h), text.toString().strip());
                node = n;
            } else {
                node = node.getNext();
            }
        }
        return out;
    }

    private static String title(Heading h) {
        StringBuilder sb = new StringBuilder();
        h.accept(new Writer(sb));
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Appends the text of the nodes it visits. */
    private static final class Writer extends AbstractVisitor {
        private final StringBuilder sb;

        Writer(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void visit(Text text) {
            sb.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            sb.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            sb.append(' ');
        }

        @Override
        public void visit(HardLineBreak b) {
            sb.append('\n');
        }

        @Override
        public void visit(Paragraph p) {
            visitChildren(p);
            // Inside a tight list item the item's line break is enough.
            boolean tightItem = p.getParent() instanceof ListItem && p.getParent().getParent() instanceof ListBlock l
                    && l.isTight();
            sb.append(tightItem ? "\n" : "\n\n");
        }

        @Override
        public void visit(BulletList list) {
            visitChildren(list);
            sb.append('\n');
        }

        @Override
        public void visit(OrderedList list) {
            visitChildren(list);
            sb.append('\n');
        }

        @Override
        public void visit(ListItem item) {
            if (item.getParent() instanceof OrderedList ol) {
                int n = ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber();
                for (Node prev = item.getPrevious(); prev != null; prev = prev.getPrevious()) n++;
                sb.append(n).append(". ");
            } else {
                sb.append("- ");
            }
            visitChildren(item);
        }
    }
}
