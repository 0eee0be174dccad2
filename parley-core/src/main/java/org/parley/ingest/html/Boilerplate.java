package org.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text: code, chrome (nav, header, footer, aside), and blocks whose
 * class, id or role marks them as share bars, related-article lists, cookie banners, comments,
 * newsletter boxes or ads. Runs over a flat list of elements, so depth does not matter.
 */
final class Boilerplate {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed",
            "form", "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "menu",
            "dialog", "link", "meta");
    private static final Set<String> CHROME_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu");
    /** Whole words of a class or id (split on space, dash, underscore), so "shared-content" is not a share bar. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?:^|[\\s_-])(share|sharing|sharebar|social|related|recommended|recirculation|more|trending|"
            + "popular|cookie|cookies|consent|gdpr|comment|comments|disqus|newsletter|subscribe|"
            + "subscription|signup|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|"
            + "taboola|sidebar|breadcrumb|breadcrumbs|nav|navbar|navigation|menu|masthead|footer|"
            + "header|banner|popup|modal|paywall|tags|toolbar|skip)(?=$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static void remove(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (isBoilerplate(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    /**
     * The class and id to judge by. An article or main element is judged by its id and first class
     * only: "post has-comments" or "tag-news shared" on an article describe the article, not chrome.
     */
    private static String names(Element e) {
        String classes = e.className().strip();
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            int space = classes.indexOf(' ');
            classes = space < 0 ? classes : classes.substring(0, space);
        }
        return classes + " " + e.id();
    }

    static boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("html") || tag.equals("body") || tag.equals("#root")) {
            return false;
        }
        if (NEVER_TEXT.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        return CHROME_NAME.matcher(names(e)).find();
    }
}
