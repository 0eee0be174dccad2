package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.ingest.html.ExtractedPage;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;

/**
 * A WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl news writes them): each HTML
 * {@code response} (HTTP 2xx) and each HTML {@code resource} record becomes an article; other
 * records are counted in {@link #skipped()}.
 *
 * <p>The article's url is the record's target URI. Its published date is the page's own date when
 * the page gives one, else the capture date (WARC-Date, in UTC): news crawls capture pages within
 * days of publication, and a dated anchor for "on Tuesday" beats none. The Article record has one
 * date field, so the two cannot both be kept there; a published date equal to the capture day may
 * be either.
 *
 * <p>A corrupt record is reported with its number and byte offset, and reading resumes at the next
 * record found after it; a truncated file or gzip stream is reported and ends that file.
 */
public final class WarcSource implements ArticleSource {

    public static final long MAX_PAYLOAD_BYTES = HtmlPageSource.MAX_BYTES;

    private final Path path;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final SkipCounts skipped = new SkipCounts();
    private WarcReader reader;
    private long recordNumber;

    /** One stream per source: the source holds the reader's position. */
    public WarcSource(Path path) {
        this.path = path;
    }

    @Override
    public Stream<Article> articles(Consumer<ReadProblem> problems) {
        return LazyArticles.stream(() -> nextArticle(problems), this::close);
    }

    @Override
    public Map<String, Long> skipped() {
        return skipped.snapshot();
    }

    private Article nextArticle(Consumer<ReadProblem> problems) {
        while (true) {
            WarcRecord record;
            long offset = 0;
            try {
                if (reader == null && !open(0, problems)) {
                    return null;
                }
                offset = reader.position();
                Optional<WarcRecord> next = reader.next();
                offset = reader.position();
                if (next.isEmpty()) {
                    close();
                    return null;
                }
                record = next.get();
                recordNumber++;
            } catch (EOFException e) {
                problems.accept(problem(recordNumber + 1, reader.position(), "truncated file: " + e.getMessage()));
                close();
                return null;
            } catch (ParsingException | ZipException | IllegalArgumentException e) {
                recordNumber++;
                long at = reader.position();
                problems.accept(problem(recordNumber, at, "corrupt record: " + oneLine(e)));
                if (!resync(at + 1, problems)) {
                    return null;
                }
                continue;
            } catch (IOException | UncheckedIOException e) {
                problems.accept(problem(recordNumber + 1, offset, "cannot read: " + oneLine(e)));
                close();
                return null;
            }
            Article article = toArticle(record, offset, problems);
            if (article != null) {
                return article;
            }
        }
    }

    private Article toArticle(WarcRecord record, long offset, Consumer<ReadProblem> problems) {
        try {
            Optional<HtmlPayload> payload = htmlPayload(record);
            if (payload.isEmpty()) {
                return null;
            }
            Optional<byte[]> bytes = BoundedRead.upTo(Channels.newInputStream(payload.get().body()), MAX_PAYLOAD_BYTES);
            if (bytes.isEmpty()) {
                problems.accept(problem(recordNumber, offset, "HTML payload over the "
                        + BoundedRead.megabytes(MAX_PAYLOAD_BYTES) + " limit"));
                return null;
            }
            String target = record instanceof WarcResponse r ? r.target() : ((WarcResource) record).target();
            ExtractedPage page = extractor.extract(bytes.get(), payload.get().contentType(), target);
            if (page.charsetNote() != null) {
                ReadProblem where = problem(recordNumber, offset, page.charsetNote());
                problems.accept(ReadProblem.notice(where.origin(), where.where(), where.reason()));
            }
            if (!page.hasText()) {
                skipped.add("HTML page without article text");
                return null;
            }
            LocalDate published = page.published() != null ? page.published()
                    : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
            return new Article(idOf(record, offset), path + "#" + offset, target, page.title(), page.text(), published);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            problems.accept(problem(recordNumber, offset, "unreadable record: " + oneLine(e)));
            return null;
        }
    }

    private record HtmlPayload(org.netpreserve.jwarc.MessageBody body, String contentType) {
    }

    private Optional<HtmlPayload> htmlPayload(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                skipped.add("non-HTTP response record");
                return Optional.empty();
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                skipped.add("HTTP response other than 2xx");
                return Optional.empty();
            }
            if (!isHtml(http.contentType())) {
                skipped.add("non-HTML response record");
                return Optional.empty();
            }
            return Optional.of(new HtmlPayload(http.bodyDecoded(), http.headers().first("Content-Type").orElse(null)));
        }
        if (record instanceof WarcResource resource) {
            if (!isHtml(resource.contentType())) {
                skipped.add("non-HTML resource record");
                return Optional.empty();
            }
            return Optional.of(new HtmlPayload(resource.body(), resource.headers().first("Content-Type").orElse(null)));
        }
        skipped.add(record.type() + " record");
        return Optional.empty();
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** The record's UUID when it has one: unique across crawls, unlike the URL. */
    private String idOf(WarcRecord record, long offset) {
        String id = record.headers().first("WARC-Record-ID").orElse("");
        id = id.replaceAll("^<|>$", "").replaceFirst("^urn:uuid:", "").replaceAll("[^A-Za-z0-9._-]", "-");
        return id.isEmpty() ? TextFileSource.idOf(path) + "-" + offset : id;
    }

    private boolean open(long position, Consumer<ReadProblem> problems) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path);
            channel.position(position);
            reader = new WarcReader(channel);
            return true;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            problems.accept(new ReadProblem(path.toString(), position == 0 ? null : "offset " + position,
                    "cannot open: " + oneLine(e)));
            return false;
        }
    }

    /** Reopens the file at the first record start found from {@code from}, or ends the file. */
    private boolean resync(long from, Consumer<ReadProblem> problems) {
        boolean gzip = reader != null && reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
        close();
        try {
            long next = RecordBoundary.find(path, from, gzip);
            return next >= 0 && open(next, problems);
        } catch (IOException e) {
            problems.accept(problem(recordNumber, from, "cannot read: " + oneLine(e)));
            return false;
        }
    }

    private ReadProblem problem(long number, long offset, String reason) {
        return new ReadProblem(path.toString(), "record " + number + " at offset " + offset, reason);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing more to read from it either way
            }
            reader = null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing
            }
        }
    }
}
