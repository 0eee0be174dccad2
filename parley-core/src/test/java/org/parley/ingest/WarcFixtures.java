package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

/** WARC records written with jwarc's own writer, each as the bytes of one record (or gzip member). */
final class WarcFixtures {

    static final Instant CAPTURED = Instant.parse("2024-07-10T12:00:00Z");

    private WarcFixtures() {
    }

    static String page(String title, String body, String extraHead) {
        return "<html><head><title>" + title + "</title>" + extraHead + "</head><body><nav><a href='/'>Home</a></nav>"
                + "<article><p>" + body + "</p><p>The talks, officials said, would continue after the summer recess.</p></article></body></html>";
    }

    static WarcRecord htmlResponse(String url, String html) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
            return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WarcRecord response(String url, int status, String contentType, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(status, "X").body(MediaType.parse(contentType), body).build();
            return new WarcResponse.Builder(url).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WarcRecord htmlResource(String url, String html) {
        return new WarcResource.Builder(java.net.URI.create(url)).date(CAPTURED)
                .body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)).build();
    }

    static WarcRecord request(String url) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", java.net.URI.create(url).getPath()).build();
            return new WarcRequest.Builder(url).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WarcRecord warcinfo() {
        return new Warcinfo.Builder().date(CAPTURED)
                .body(MediaType.WARC_FIELDS, "software: parley-test\r\n".getBytes(StandardCharsets.UTF_8)).build();
    }

    static byte[] bytes(WarcRecord record, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)
                    .write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
