package org.parley.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.html.ExtractedPage;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.ingest.html.PageDates;
import org.parley.model.Article;
import org.parley.model.DatePrecision;

/**
 * JSON Lines: one article per line, an object with {@code id}, {@code url}, {@code title},
 * {@code published} (an ISO date or date-time) and {@code text} or {@code html}. Read line by
 * line, never the whole file; a line that is not such an object is reported with its number and
 * skipped. Missing id: file name and line number. An html article's url, title and date fill in
 * for missing fields; a published value that is not a date is left out, not an error, and a year and
 * month alone ("2023-03") is kept as a month.
 */
public final class JsonLinesSource implements ArticleSource {

    /** One article, even with its HTML, is far smaller; a longer line is skipped unread. */
    public static final int MAX_LINE_BYTES = 20 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path path;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private InputStream in;
    private LineReader lines;

    public JsonLinesSource(Path path) {
        this.path = path;
    }

    @Override
    public Stream<Article> articles(Consumer<ReadProblem> problems) {
        return LazyArticles.stream(() -> next(problems), this::close);
    }

    private Article next(Consumer<ReadProblem> problems) {
        try {
            if (lines == null) {
                in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
                lines = new LineReader(in, MAX_LINE_BYTES);
            }
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                try {
                    Article article = parse(line);
                    if (article != null) {
                        return article;
                    }
                } catch (RecordException e) {
                    problems.accept(e.toProblem());
                } catch (RuntimeException | StackOverflowError e) {
                    problems.accept(new ReadProblem(path.toString(), "line " + line.number(), "unreadable: " + e));
                }
            }
        } catch (IOException e) {
            problems.accept(new ReadProblem(path.toString(), lines == null ? null : "line " + (lines.lineNumber() + 1),
                    "cannot read: " + e.getMessage()));
        }
        close();
        return null;
    }

    /** The article on the line, null for a blank line. */
    private Article parse(LineReader.Line line) throws RecordException {
        if (line.tooLong()) {
            throw problem(line, "line is over the " + BoundedRead.megabytes(MAX_LINE_BYTES) + " limit");
        }
        if (line.text() == null) {
            throw problem(line, "invalid UTF-8");
        }
        if (line.text().isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JacksonException e) {
            throw problem(line, "invalid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw problem(line, "not a JSON object");
        }
        String id = string(node, "id");
        id = id != null ? id : TextFileSource.idOf(path) + "-" + line.number();
        String url = string(node, "url");
        String title = string(node, "title");
        String publishedValue = string(node, "published");
        var published = PageDates.parse(publishedValue).orElse(null);
        var precision = DatePrecision.DAY;
        if (published == null) {
            // "2023-03": a month, kept as one
            published = PageDates.parseMonth(publishedValue).orElse(null);
            precision = DatePrecision.MONTH;
        }
        String text = string(node, "text");
        String origin = path + ":" + line.number();
        if (text != null && !text.isBlank()) {
            return new Article(id, origin, url, title, text, published, precision);
        }
        String html = string(node, "html");
        if (html == null || html.isBlank()) {
            throw problem(line, "no text or html field");
        }
        ExtractedPage page = extractor.extract(html, url);
        if (!page.hasText()) {
            throw problem(line, "html holds no article text");
        }
        boolean fromRecord = published != null && (precision == DatePrecision.DAY || page.published() == null);
        return new Article(id, origin, url != null ? url : page.url(), title != null ? title : page.title(),
                page.text(), fromRecord ? published : page.published(), fromRecord ? precision : DatePrecision.DAY);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
    }

    private RecordException problem(LineReader.Line line, String reason) {
        return new RecordException(path.toString(), "line " + line.number(), reason);
    }

    @Override
    public void close() {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing more to read either way
            }
        }
    }
}
