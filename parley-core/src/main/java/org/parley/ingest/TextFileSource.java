package org.parley.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.model.Article;

/**
 * A plain UTF-8 text file holding one article. Refuses, with a reason, what is not an article:
 * an empty file, a binary file, invalid UTF-8, a file over the size cap.
 */
public final class TextFileSource implements ArticleSource {

    /** Larger files are not news articles; reading them would only cost memory. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Path path;

    public TextFileSource(Path path) {
        this.path = path;
    }

    @Override
    public Stream<Article> articles(Consumer<ReadProblem> problems) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return refuse(problems, "file is " + (size / (1024 * 1024)) + " MB, over the "
                        + (MAX_BYTES / (1024 * 1024)) + " MB limit for one article");
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length == 0) {
                return refuse(problems, "file is empty");
            }
            if (looksBinary(bytes)) {
                return refuse(problems, "binary file, not text");
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return refuse(problems, "invalid UTF-8");
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return refuse(problems, "file holds only white space");
            }
            return Stream.of(Article.ofText(idOf(path), path.toString(), text));
        } catch (IOException e) {
            return refuse(problems, "cannot read: " + e.getMessage());
        }
    }

    private Stream<Article> refuse(Consumer<ReadProblem> problems, String reason) {
        problems.accept(new ReadProblem(path.toString(), null, reason));
        return Stream.empty();
    }

    /** The file name without its extension: the article id in extract output. */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** NUL bytes or many control characters in the first 8 KB mean a binary file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
