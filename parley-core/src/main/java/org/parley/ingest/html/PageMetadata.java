package org.parley.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its markup: title, own URL, publication date, site name. Read
 * from the whole document, before boilerplate is removed (JSON-LD lives in a script, og tags in
 * the head).
 */
final class PageMetadata {

    /** In order of trust: the Open Graph article date is what publishers fill in most carefully. */
    private static final List<String> DATE_META = List.of(
            "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
            "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
            "dcterms.created", "dc.date", "date");
    /** A JSON-LD block larger than this is not metadata worth parsing. */
    private static final int MAX_JSON_LD_CHARS = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageMetadata() {
    }

    static String title(Document doc) {
        return firstPresent(meta(doc, "og:title"), meta(doc, "twitter:title"),
                nonBlank(doc.title()), text(doc.selectFirst("h1")));
    }

    static String siteName(Document doc) {
        return meta(doc, "og:site_name").orElse(null);
    }

    /** The canonical link, else og:url, else the URL the page was fetched from; http(s) only. */
    static String url(Document doc, String fetchedFrom) {
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        Optional<String> fromCanonical = Optional.ofNullable(canonical).map(e -> e.absUrl("href"));
        Optional<String> fromOg = doc.select("meta[property=og:url][content]").stream()
                .map(e -> e.absUrl("content")).filter(PageMetadata::isWebUrl).findFirst();
        return fromCanonical.filter(PageMetadata::isWebUrl).or(() -> fromOg)
                .orElse(fetchedFrom);
    }

    static LocalDate published(Document doc, String url, String fetchedFrom) {
        for (String name : DATE_META) {
            Optional<LocalDate> d = meta(doc, name).flatMap(PageDates::parse);
            if (d.isPresent()) {
                return d.get();
            }
        }
        Optional<LocalDate> d = jsonLdDate(doc)
                .or(() -> itempropDate(doc))
                .or(() -> timeElementDate(doc))
                .or(() -> PageDates.fromUrl(url))
                .or(() -> PageDates.fromUrl(fetchedFrom));
        return d.orElse(null);
    }

    private static Optional<LocalDate> jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                Optional<LocalDate> d = findField(JSON.readTree(json), "datePublished").flatMap(PageDates::parse);
                if (d.isPresent()) {
                    return d;
                }
            } catch (JsonProcessingException | RuntimeException e) {
                // broken JSON-LD is common; the other sources of a date remain
            }
        }
        return Optional.empty();
    }

    /** Breadth-first, without recursion: JSON-LD nests through @graph, arrays and mainEntity. */
    private static Optional<String> findField(JsonNode root, String field) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return Optional.of(value.asText());
            }
            node.forEach(queue::add);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> itempropDate(Document doc) {
        return doc.select("[itemprop=datePublished]").stream()
                .map(e -> e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text())
                .map(PageDates::parse).flatMap(Optional::stream).findFirst();
    }

    private static Optional<LocalDate> timeElementDate(Document doc) {
        Element marked = doc.selectFirst("time[datetime][pubdate], time[datetime].published, time[datetime].entry-date");
        Element time = marked != null ? marked : doc.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : PageDates.parse(time.attr("datetime"));
    }

    private static Optional<String> meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.attr("itemprop");
            if (key.equalsIgnoreCase(name) && !e.attr("content").isBlank()) {
                return Optional.of(e.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : nonBlank(e.text());
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    @SafeVarargs
    private static String firstPresent(Optional<String>... candidates) {
        for (Optional<String> c : candidates) {
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    static boolean isWebUrl(String s) {
        return s != null && (s.startsWith("http://") || s.startsWith("https://"));
    }
}
