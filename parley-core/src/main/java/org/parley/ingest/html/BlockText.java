package org.parley.ingest.html;

import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the text of elements as plain text, one block (paragraph, heading, list item) per line.
 * Uses jsoup's {@link NodeTraversor}, which walks by parent and sibling links with no recursion,
 * so a page nested 100,000 elements deep costs no stack.
 */
final class BlockText {

    static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "thead", "tbody",
            "figure", "figcaption", "caption", "address", "center", "details", "summary", "hr", "br",
            "header", "footer", "hgroup", "body", "html");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();

    void append(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof CDataNode) {
                    return; // browsers treat CDATA in HTML as a comment and show nothing; jsoup keeps it as text
                }
                if (node instanceof TextNode text) {
                    appendWords(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine();
                }
            }
        }, root);
        endLine();
    }

    String text() {
        endLine();
        return out.toString().strip();
    }

    private void appendWords(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private void endLine() {
        String s = line.toString().strip();
        line.setLength(0);
        if (!s.isEmpty()) {
            out.append(s).append('\n');
        }
    }
}
