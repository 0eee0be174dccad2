package org.parley.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.parley.ingest.RecordException;

/**
 * Parses RSS (0.9x, 1.0, 2.0) and Atom with Rome, hardened: any DOCTYPE is refused, so entity
 * expansion ("billion laughs") and external entities can never happen. A feed that is not
 * well-formed XML, or not a feed, is one {@link RecordException}.
 */
public final class FeedParser {

    /** Feeds are a few hundred KB; a larger one is not worth a DOM in memory. */
    public static final long MAX_FEED_BYTES = 20L * 1024 * 1024;

    private FeedParser() {
    }

    public static List<FeedItem> parse(byte[] xml, String origin) throws RecordException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // Rome's default, restated because everything depends on it
            input.setXmlHealerOn(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new RecordException(origin, null, "not a readable feed: " + reason(e));
        } catch (RuntimeException e) {
            throw new RecordException(origin, null, "not a readable feed: " + e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry));
        }
        return items;
    }

    private static FeedItem item(SyndEntry entry) {
        String link = webUrl(entry.getLink());
        if (link == null) {
            link = webUrl(entry.getUri());
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate published = date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
        SyndContent content = entry.getContents().stream()
                .filter(c -> c.getValue() != null && !c.getValue().isBlank()).findFirst()
                .orElse(entry.getDescription());
        String value = content == null ? "" : content.getValue();
        String type = content == null || content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        boolean html = !(type.equals("text") || type.equals("text/plain"));
        return new FeedItem(link, blankToNull(entry.getTitle()), published, value, html);
    }

    private static String webUrl(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.startsWith("http://") || t.startsWith("https://") ? t : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("").strip();
    }
}
