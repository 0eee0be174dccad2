package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of a page the way readability does: paragraphs vote for their parent
 * (full score) and grandparent (half), by length and commas; a container's score is discounted by
 * its link density; the winner is taken with those of its siblings that scored well too.
 * Everything is loops over flat element lists: no recursion.
 */
final class MainText {

    /** Shorter blocks are captions, bylines or buttons, not paragraphs. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Link density is costly to measure (a subtree walk), so only the leading candidates get it. */
    private static final int CANDIDATES_MEASURED = 8;
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|page|post|text|story|blog");

    private MainText() {
    }

    /** The main text of a document already stripped of boilerplate, one paragraph per line. */
    static String of(Element body) {
        Map<Element, Double> scores = scoreContainers(body);
        Element top = best(scores);
        BlockText text = new BlockText();
        if (top == null) {
            text.append(body);
            return text.text();
        }
        for (Element e : withGoodSiblings(top, scores)) {
            text.append(e);
        }
        return text.text();
    }

    private static Map<Element, Double> scoreContainers(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : root.getAllElements()) {
            if (!isParagraph(e)) {
                continue;
            }
            String text = e.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            Element parent = e.parent();
            if (parent != null) {
                scores.merge(parent, score + baseScore(parent), (a, b) -> a + score);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2 + baseScore(grandparent), (a, b) -> a + score / 2);
                }
            }
        }
        return scores;
    }

    private static Element best(Map<Element, Double> scores) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> c : ranked.subList(0, Math.min(CANDIDATES_MEASURED, ranked.size()))) {
            double adjusted = c.getValue() * (1 - linkDensity(c.getKey()));
            scores.put(c.getKey(), adjusted);
            if (adjusted > bestScore) {
                bestScore = adjusted;
                best = c.getKey();
            }
        }
        return best;
    }

    private static List<Element> withGoodSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, scores.get(top) * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || isStrayParagraph(sibling)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    /** A long, link-poor paragraph next to the body (pages often split the body in two). */
    private static boolean isStrayParagraph(Element e) {
        return e.normalName().equals("p") && e.text().length() > 80 && linkDensity(e) < 0.25;
    }

    /** p and pre, and a div or section holding text directly but no block children. */
    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre")) {
            return true;
        }
        if (!(tag.equals("div") || tag.equals("section") || tag.equals("td"))) {
            return false;
        }
        boolean hasText = false;
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && BlockText.BLOCKS.contains(c.normalName()) && !c.normalName().equals("br")) {
                return false;
            }
            if (child instanceof TextNode t && !t.isBlank()) {
                hasText = true;
            }
        }
        return hasText;
    }

    private static double baseScore(Element e) {
        double score = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "form", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        return POSITIVE.matcher(names).find() ? score + 25 : score;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 1;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1, (double) linked / total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

}
