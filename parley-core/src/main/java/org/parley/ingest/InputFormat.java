package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The formats Parley reads, told apart by their first bytes and only then by file extension. */
public enum InputFormat {
    WARC, FEED, HTML, JSON_LINES, TEXT;

    private static final int SNIFF_BYTES = 8192;

    /** Content first (a feed saved as .html is a feed); the extension breaks ties; TEXT otherwise. */
    public static InputFormat of(Path path) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return byExtension(path); // its reader will report why it cannot be read
        }
        InputFormat sniffed = byContent(head);
        return sniffed != null ? sniffed : byExtension(path);
    }

    /** The format the bytes show, or null when they show none. */
    static InputFormat byContent(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return gunzippedHead(head).startsWith("WARC/1.") ? WARC : null;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00ef\u00bb\u00bf", "");
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("warc/1.")) {
            return WARC;
        }
        if (start.startsWith("{")) {
            return JSON_LINES;
        }
        if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf:rdf")) {
            return FEED;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return HTML;
        }
        if (start.startsWith("<?xml") || start.startsWith("<!--")) {
            if (start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")) {
                return FEED;
            }
            if (start.contains("<html") || start.contains("<!doctype html")) {
                return HTML;
            }
        }
        return null;
    }

    static InputFormat byExtension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return WARC;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return FEED;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        return TEXT;
    }

    private static String gunzippedHead(byte[] head) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return new String(in.readNBytes(16), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return ""; // a gzip too damaged to show its start
        }
    }

}
