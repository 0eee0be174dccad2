package org.parley.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.store.ReadModel;
import org.parley.store.ReadModels;

/**
 * {@code POST /api/articles} with {@code Transfer-Encoding: chunked}, which declares no length: the
 * 2 MB cap must hold on the stream. Sent over a plain socket, so the body can be generated as it goes.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChunkedUploadTest {

    private static final String TOKEN = "chunked-test-token";
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private final List<Article> ingested = new CopyOnWriteArrayList<>();
    private ReadModel model;
    private Javalin app;

    @BeforeEach
    void start() {
        model = ReadModels.open(DeskArticles.database(dir).toString(), 2);
        ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, TOKEN, ServerConfig.DEFAULT_MAX_REQUEST_BYTES);
        ArticleIngest ingest = a -> {
            ingested.add(a);
            return new ArticleIngest.Result(a.contentHash(), true, 0);
        };
        app = ParleyServer.create(model, ingest, config).start(config.host(), config.port());
    }

    @AfterEach
    void stop() {
        app.stop();
        model.close();
    }

    @Test
    void aChunkedArticleUnderTheCapIsStored() throws Exception {
        Answer answer = postChunked(1L << 20);
        assertEquals(201, answer.status(), answer.statusLine());
        assertEquals(1, ingested.size());
    }

    @Test
    void aChunkedArticleOverTheCapIsRefusedAndNotStored() throws Exception {
        Answer answer = postChunked(3L << 20);
        assertEquals(413, answer.status(), answer.statusLine());
        assertEquals(List.of(), ingested);
    }

    @Test
    void aGigabyteChunkedBodyIsRefusedEarlyWithMemoryFlat() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();

        long started = System.nanoTime();
        Answer answer = postChunked(GIB);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        System.gc();
        long grown = memory.getHeapMemoryUsage().getUsed() - before;
        assertEquals(413, answer.status(), answer.statusLine());
        assertEquals(List.of(), ingested);
        // what was sent before the answer came: the cap, what the socket buffers hold, and what the server
        // dropped meanwhile (more on a loaded machine); far from the gigabyte a whole read would take
        assertTrue(answer.sentBeforeAnswer() < 256L << 20, "answered only after " + (answer.sentBeforeAnswer() >> 20)
                + " MB: " + answer.statusLine());
        assertTrue(grown < 32L << 20, "heap grew by " + (grown >> 20) + " MB");
        System.out.printf("chunked 1 GB upload: 413 after %d ms, %d MB sent before it, heap %+d MB%n", millis,
                answer.sentBeforeAnswer() >> 20, grown >> 20);
    }

    /**
     * @param sentBeforeAnswer body bytes written before the status line arrived (after it, the server
     *                         reads and drops what the client still sends until the connection closes)
     */
    private record Answer(int status, String statusLine, long sentBeforeAnswer) {
    }

    /**
     * Posts {@code {"text": "aaa..."}} of about {@code size} bytes in 64 KB chunks from a writer
     * thread, reading the answer meanwhile; the writer stops when the server stops taking the body.
     */
    private Answer postChunked(long size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> writeBody(out, size, sent), "chunked-writer");
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            long sentBeforeAnswer = sent.get();
            StringBuilder headers = new StringBuilder(statusLine);
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                headers.append(" | ").append(h);
            }
            statusLine = headers.toString();
            socket.shutdownOutput();
            writer.join(60_000);
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), statusLine, sentBeforeAnswer);
        }
    }

    private static void writeBody(OutputStream out, long size, AtomicLong sent) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] head = "{\"text\": \"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, chunk, 0, head.length);
        byte[] chunkHeader = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        try {
            for (long written = 0; written + chunk.length < size; written += chunk.length) {
                out.write(chunkHeader);
                out.write(chunk);
                out.write(crlf);
                sent.addAndGet(chunk.length);
                if (written == 0) {
                    Arrays.fill(chunk, 0, head.length, (byte) 'a');
                }
            }
            out.write("2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server answered and closed: the rest of the body is not wanted
        }
    }
}
