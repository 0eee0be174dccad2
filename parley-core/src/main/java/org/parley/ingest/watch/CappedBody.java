package org.parley.ingest.watch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected up to a cap: past it the download is cancelled, so a huge or endless
 * body costs the cap and no more.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    static final class TooLarge extends RuntimeException {
        TooLarge(long max) {
            super("body over the " + max + " byte limit");
        }
    }

    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long max) {
        this.max = max;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long max) {
        return info -> {
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            CappedBody body = new CappedBody(max);
            if (declared > max) {
                body.result.completeExceptionally(new TooLarge(max));
            }
            return body;
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge(max));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
