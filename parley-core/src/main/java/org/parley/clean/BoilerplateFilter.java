package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the lines of a page that are not the story: consent and paywall notices, menu and button
 * labels, bylines, date lines, breadcrumbs, photo credits, closing agency names, and the lists of
 * other headlines that pages append. The rules describe shapes, not sentences of one site, because
 * they must hold for outlets never seen. Apart from consent and paywall notices (which are written
 * as sentences but are never news), no rule drops a line that reads like prose.
 */
final class BoilerplateFilter {

    /** Labels that are a whole line on their own: buttons, menus, section names, ad slots. */
    private static final Set<String> LABELS = Set.of(
            "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
            "shares", "share", "share this", "share this article", "live tv", "live", "watch live",
            "search trends", "search", "trending", "trending now", "enditem", "end item", "loading comments",
            "comments", "comment", "top news", "top stories", "latest news", "latest", "most read",
            "most popular", "related", "related news", "related articles", "related stories", "read more",
            "read also", "also read", "more stories", "more news", "you may also like", "recommended",
            "editor's picks", "home", "menu", "close", "skip to content", "skip to main content", "subscribe",
            "sign in", "sign up", "log in", "login", "register", "print", "email", "follow us", "i agree",
            "i accept", "accept", "accept all", "accept cookies", "agree", "reject all", "got it", "ok",
            "support us", "donate", "world", "news", "world news", "international news", "international",
            "politics", "next", "previous", "back to top", "listen", "listen to this article", "copy link",
            "tags", "keywords", "loading", "all rights reserved");
    /** Labels after which a page lists other stories: from there on only sentences are kept. */
    private static final Set<String> MORE_NEWS = Set.of(
            "top news", "top stories", "latest news", "most read", "most popular", "related", "related news",
            "related articles", "related stories", "read more", "also read", "read also", "more stories",
            "more news", "you may also like", "recommended", "trending", "trending now", "search trends",
            "editor's picks");

    private static final Pattern COOKIE = Pattern.compile("(?i)\\bcookies?\\b");
    private static final Pattern COOKIE_CONTEXT = Pattern.compile(
            "(?i)\\b(?:you|your|we|our|us|polic(?:y|ies)|settings|consent|preferences)\\b");
    private static final Pattern PRIVACY_TITLE = Pattern.compile(
            "(?i)^(?:our\\s+)?(?:privacy|cookie)\\s+(?:statement|policy|notice|settings|preferences)\\b.{0,60}$"
            + "|^(?i)terms\\s+(?:of\\s+(?:use|service)|and\\s+conditions)$");
    private static final Pattern PAYWALL_WORDS = Pattern.compile(
            "(?i)\\b(?:ad-free|ads|adverts?|advertising|donat\\w+|subscri\\w+|paywall|support\\s+us|your\\s+support"
            + "|our\\s+journalism|newsletter|sign\\s+up|log\\s+in)\\b");
    private static final Pattern READER_ADDRESS = Pattern.compile("(?i)\\b(?:we|us|our|you|your)\\b");
    private static final int SHORT_BANNER_WORDS = 6;
    private static final Pattern REPORTED = Pattern.compile("(?i)[\"“”]|\\b(?:said|says|told)\\b");

    private static final Pattern NO_WORD = Pattern.compile("^[^\\p{L}\\p{N}]*$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^by\\s+[\\p{L}.,' -]{2,80}$|^(?:published|written|posted|edited|reported|compiled)\\s+by\\b.{0,60}$");
    private static final Pattern AGENCY_AND_STAMP = Pattern.compile(
            "(?i)^[\\p{L} .&-]{1,40}\\s*\\|\\s*(?:published|updated|posted|created)\\b.{0,120}$");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^>»›]{1,60}(?:\\s+[>»›]\\s+[^>»›]{1,200})+$");
    private static final Pattern BREADCRUMB_HOME = Pattern.compile("(?i)^(?:home|news|start)\\s+[>»›]");
    private static final Pattern HANDLES = Pattern.compile("^\\(?@[\\w.]{2,}\\)?(?:[\\s,]+\\(?@[\\w.]{2,}\\)?)*$");
    private static final Pattern URL_ONLY = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern DOMAIN_ONLY = Pattern.compile("(?i)^(?:[\\p{L}\\d-]+\\.)+[a-z]{2,6}$");
    private static final Pattern SLASH_CREDIT = Pattern.compile("^/\\s*\\p{Lu}.{0,80}$"
            + "|^\\(?\\p{Lu}[\\p{L}.' -]*(?:/[\\p{L}.' -]+)+\\)?$");
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?i)^(?:photo(?:graph)?s?(?:\\s+credits?)?|file\\s+(?:photo|picture|image)|image|picture|credits?)\\s*:.{0,100}$"
            + "|^\\(?photo(?:graph)?\\s+by\\b.{0,60}\\)?$");
    private static final Pattern CLOSING_SOURCE = Pattern.compile(
            "^[-–—]+\\s*\\p{Lu}[\\p{L} /&.-]{1,40}$"
            + "|(?i)^\\(?(?:with\\s+(?:agency\\s+)?(?:inputs?|reporting)\\s+from|(?:additional\\s+)?reporting\\s+by"
            + "|editing\\s+by|writing\\s+by|compiled\\s+by|sources?\\s*:)[^()]{0,120}\\)?\\.?$"
            + "|^\\([\\p{L} .&/-]{2,30}\\)\\.?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)\\s|copyright\\b).{0,160}$");
    private static final Pattern SHARE = Pattern.compile("(?i)^(?:share|post|tweet)\\s+(?:on|via|to)\\s+[\\p{L} ]{1,30}$");
    private static final Pattern STOCK_CREDIT = Pattern.compile(
            "(?i)^.{0,60}\\b(?:getty\\s+images|shutterstock|afp\\s+photo|ap\\s+photo|epa-efe)\\b.{0,40}$");
    /** "Read more: <other story>": a link, even when the linked headline is long. */
    private static final Pattern LINK_LINE = Pattern.compile(
            "(?i)^(?:also\\s+read|read\\s+also|read\\s+more|see\\s+also|related|watch|listen|click\\s+here)\\b\\s*[:|>-].{0,250}$");
    private static final Pattern BULLET = Pattern.compile("^[-•*·▪►]\\s*\\S");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;\"”’)]$");
    /** A listed headline is short; a bulleted paragraph of the story is longer or ends a sentence. */
    private static final int MAX_HEADLINE_WORDS = 20;

    private BoilerplateFilter() {
    }

    static List<MappedText> filter(List<MappedText> lines) {
        boolean[] drop = new boolean[lines.size()];
        markHeadlineLists(lines, drop);
        boolean bodySeen = false;
        boolean tail = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            boolean prose = Prose.isProse(t);
            if (isNotice(t)) {
                drop[i] = true;
            } else if (bodySeen && MORE_NEWS.contains(label(t))) {
                drop[i] = true;
                tail = true;
            } else if (!prose && (tail && !ENDS_SENTENCE.matcher(t).find() || isFurniture(t))) {
                // after a "Top news" label, headlines, section names and times go; a short
                // sentence may still be the story's, if the label was a box inside it
                drop[i] = true;
            }
            bodySeen |= prose && !drop[i];
        }
        List<MappedText> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /**
     * Consent and paywall notices and links to other stories: never news, even when phrased as
     * sentences, so they go whatever their length.
     */
    static boolean isNotice(String t) {
        if (COOKIE.matcher(t).find() && COOKIE_CONTEXT.matcher(t).find()) {
            return true;
        }
        if (PRIVACY_TITLE.matcher(t).find()) {
            return true;
        }
        // a short line needs no "you" to be a banner: "Enjoying ad-free content?"
        if (LINK_LINE.matcher(t).find()) {
            return true;
        }
        return PAYWALL_WORDS.matcher(t).find() && !REPORTED.matcher(t).find()
                && (READER_ADDRESS.matcher(t).find() || Prose.wordCount(t) <= SHORT_BANNER_WORDS);
    }

    /** Short lines that are part of the page, not of the story. */
    static boolean isFurniture(String t) {
        if (NO_WORD.matcher(t).matches() || LABELS.contains(label(t))) {
            return true;
        }
        if (BYLINE.matcher(t).find() && Prose.wordCount(t) <= 9 || AGENCY_AND_STAMP.matcher(t).find()) {
            return true;
        }
        if (DatePatterns.isDateLine(t)) {
            return true;
        }
        if (BREADCRUMB.matcher(t).find()
                && (BREADCRUMB_HOME.matcher(t).find() || t.split("\\s[>»›]\\s").length >= 3)) {
            return true;
        }
        if (HANDLES.matcher(t).find() || URL_ONLY.matcher(t).find() || DOMAIN_ONLY.matcher(t).find()) {
            return true;
        }
        if ((SLASH_CREDIT.matcher(t).find() || LABELLED_CREDIT.matcher(t).find()) && Prose.wordCount(t) <= 12) {
            return true;
        }
        return CLOSING_SOURCE.matcher(t).find() || COPYRIGHT.matcher(t).find() || SHARE.matcher(t).find()
                || STOCK_CREDIT.matcher(t).find() && Prose.wordCount(t) <= 12;
    }

    /** A line reduced to the words of a label: case, surrounding symbols and dots ignored. */
    static String label(String t) {
        return t.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("^[^\\p{L}\\p{N}]+", "")
                .replaceAll("[^\\p{L}\\p{N}]+$", "")
                .replaceAll("\\s+", " ");
    }

    /** Two or more bulleted short lines without a full stop in a row: a list of other headlines. */
    private static void markHeadlineLists(List<MappedText> lines, boolean[] drop) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isListedHeadline(lines.get(j).text())) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    drop[k] = true;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isListedHeadline(String t) {
        return BULLET.matcher(t).find() && Prose.wordCount(t) <= MAX_HEADLINE_WORDS
                && !ENDS_SENTENCE.matcher(t).find();
    }
}
