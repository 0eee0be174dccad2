package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.parley.ingest.html.HtmlArticleExtractor;
import org.parley.model.Article;

/** Whatever the bytes, a reader ends, in bounded time, with articles and problems, never an exception. */
class ReaderProperties {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static List<Function<Path, ArticleSource>> readers() {
        return List.of(WarcSource::new, FeedSource::new, HtmlPageSource::new, JsonLinesSource::new,
                TextFileSource::new, ArticleSources::open);
    }

    private static void readWithEveryReader(byte[] content, String suffix) throws IOException {
        Path file = Files.createTempFile("parley-prop", suffix);
        try {
            Files.write(file, content);
            for (Function<Path, ArticleSource> reader : readers()) {
                List<ReadProblem> problems = new ArrayList<>();
                List<Article> articles = assertTimeoutPreemptively(BOUND, () -> {
                    try (ArticleSource source = reader.apply(file)) {
                        return source.articles(problems::add).toList();
                    }
                });
                for (ReadProblem p : problems) {
                    assertTrue(p.oneLine().startsWith(file.toString()), p.oneLine());
                }
                assertTrue(articles.stream().allMatch(a -> a.text() != null));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 60)
    void arbitraryBytesNeverThrow(@ForAll @Size(max = 4096) byte[] bytes) throws IOException {
        readWithEveryReader(bytes, ".bin");
    }

    @Property(tries = 40)
    void bytesDisguisedAsEachFormatNeverThrow(@ForAll("disguises") String prefix, @ForAll @Size(max = 2048) byte[] rest)
            throws IOException {
        byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[head.length + rest.length];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(rest, 0, content, head.length, rest.length);
        readWithEveryReader(content, ".dat");
    }

    @Provide
    Arbitrary<String> disguises() {
        return Arbitraries.of("WARC/1.0\r\n", "WARC/1.0\r\nContent-Length: 99999\r\nWARC-Type: response\r\n\r\n",
                "\u001f\u008b\u0008\u0000", "<?xml version='1.0'?><rss><channel><item>", "<feed xmlns='http://www.w3.org/2005/Atom'><entry>",
                "<!DOCTYPE html><html><body><div>", "{\"text\": ", "{\"html\": \"<p>");
    }

    @Property(tries = 40)
    void randomJsonLinesNeverThrowAndEachLineIsArticleOrProblem(@ForAll("jsonLines") List<String> lines) throws IOException {
        Path file = Files.createTempFile("parley-prop", ".jsonl");
        try {
            Files.writeString(file, String.join("\n", lines));
            List<ReadProblem> problems = new ArrayList<>();
            long articles = assertTimeoutPreemptively(BOUND, () -> {
                try (JsonLinesSource source = new JsonLinesSource(file)) {
                    return source.articles(problems::add).count();
                }
            });
            long nonBlank = lines.stream().flatMap(String::lines).filter(l -> !l.isBlank()).count();
            assertTrue(articles + problems.size() <= nonBlank);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<String>> jsonLines() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> valid = text.map(t -> "{\"id\": \"x\", \"text\": \"" + t.replace("\\", "").replace("\"", "") + "\"}");
        Arbitrary<String> html = text.map(t -> "{\"html\": \"<p>" + t.replace("\\", "").replace("\"", "") + "</p>\"}");
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(60);
        Arbitrary<String> nested = Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.oneOf(valid, html, junk, nested, Arbitraries.of("{}", "null", "{\"text\": 5}", "\"str\"", ""))
                .list().ofMaxSize(30);
    }

    @Property(tries = 80)
    void randomHtmlNeverThrowsAndScriptsNeverLeak(@ForAll("html") String html) {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        String text = assertTimeoutPreemptively(BOUND, () -> extractor.extract(html, "https://n.example/2024/07/08/x").text());
        assertFalse(text.contains("SCRIPTMARK"), text);
        assertFalse(extractor.fragmentText(html).contains("SCRIPTMARK"));
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> tag = Arbitraries.of("div", "p", "span", "article", "section", "nav", "aside", "a", "li",
                "ul", "table", "td", "h1", "header", "footer", "main", "b", "pre", "form");
        Arbitrary<String> attrs = Arbitraries.of("", " class='share-bar'", " class='story-body'", " id='comments'",
                " role='navigation'", " hidden", " style='display:none'", " class='content'");
        // no bare '<' in words: "<a<script>" is an element named "a<script" whose text browsers show
        Arbitrary<String> words = Arbitraries.strings().withChars("abc ,.&>;'\"").ofMaxLength(80);
        Arbitrary<String> open = Combinators.combine(tag, attrs).as((t, a) -> "<" + t + a + ">");
        Arbitrary<String> close = tag.map(t -> "</" + t + ">");
        Arbitrary<String> script = Arbitraries.of("<script>SCRIPTMARK</script>", "<style>SCRIPTMARK</style>",
                "<noscript>SCRIPTMARK</noscript>", "<script type='application/ld+json'>{\"datePublished\":\"SCRIPTMARK\"}</script>");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, open), net.jqwik.api.Tuple.of(3, close), net.jqwik.api.Tuple.of(4, words),
                net.jqwik.api.Tuple.of(1, script), net.jqwik.api.Tuple.of(1, Arbitraries.of("<br>", "<!--", "-->", "<![CDATA[", "]]>", "&nbsp;", "&lt;")));
        return piece.list().ofMaxSize(300).map(pieces -> String.join("", pieces));
    }
}
