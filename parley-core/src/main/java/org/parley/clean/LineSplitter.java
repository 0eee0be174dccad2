package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article into its lines, the unit every later rule judges. Some collectors keep raw HTML
 * ({@code <p>...</p>}); a block tag there is a paragraph break just like a newline, and an inline
 * tag is dropped while its text stays. Lines come back stripped, and blank ones are left out.
 */
final class LineSplitter {

    /** Tags that start or end a paragraph: they separate lines. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "section", "article", "header",
            "footer", "table", "tr", "td", "th", "hr", "aside", "nav");
    /** Tags removed without a break. Only known HTML names count, so "<Putin>" in prose survives. */
    private static final Set<String> INLINE_TAGS = Set.of("a", "b", "i", "em", "strong", "span", "u", "sup",
            "sub", "small", "font", "img", "abbr", "cite", "mark", "s", "time", "label", "iframe", "source",
            "picture", "video", "audio");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]{0,500}?/?>");

    private LineSplitter() {
    }

    static List<MappedText> split(String original) {
        List<MappedText> lines = new ArrayList<>();
        MappedText current = MappedText.empty();
        Matcher tag = TAG.matcher(original);
        int pos = 0;
        while (pos < original.length()) {
            int nextNewline = original.indexOf('\n', pos);
            if (nextNewline < 0) {
                nextNewline = original.length();
            }
            int tagStart = -1;
            String tagName = null;
            tag.region(pos, nextNewline);
            if (tag.find()) {
                tagStart = tag.start();
                tagName = tag.group(1).toLowerCase();
            }
            if (tagStart >= 0 && (BLOCK_TAGS.contains(tagName) || INLINE_TAGS.contains(tagName))) {
                current = current.append(MappedText.of(original, pos, tagStart));
                if (BLOCK_TAGS.contains(tagName)) {
                    add(lines, current);
                    current = MappedText.empty();
                }
                pos = tag.end();
            } else if (tagStart >= 0) {
                // an unknown tag-like run is text: keep it and look on past it
                current = current.append(MappedText.of(original, pos, tag.end()));
                pos = tag.end();
            } else {
                current = current.append(MappedText.of(original, pos, nextNewline));
                add(lines, current);
                current = MappedText.empty();
                pos = nextNewline + 1;
            }
        }
        add(lines, current);
        return lines;
    }

    private static void add(List<MappedText> lines, MappedText line) {
        MappedText stripped = line.strip();
        if (!stripped.isEmpty()) {
            lines.add(stripped);
        }
    }
}
