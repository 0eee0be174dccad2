package org.parley.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import org.parley.server.Curator;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.server.StoreIngest;
import org.parley.store.ActorCuration;
import org.parley.store.ReadModel;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the analyst's desk: the web UI and the REST API (/api/openapi.json) over the database.",
                "Read-only and on loopback unless told otherwise; --token enables uploading articles and merging or"
                        + " splitting actors, which then need the header 'Authorization: Bearer TOKEN'. Runs until interrupted."})
final class ServeCommand implements Callable<Integer> {

    private final Supplier<Pipeline> pipelines;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    private String bind;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "A host name the desk is reached by (besides IP addresses and localhost); repeatable."
                    + " Requests naming any other host are refused, against DNS rebinding.")
    private java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Enables the writing endpoints for requests bearing this token (at least 16 characters).")
    private String token;

    ServeCommand(Supplier<Pipeline> pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public Integer call() throws InterruptedException {
        validate();
        ServerConfig config = new ServerConfig(bind, port, token, ServerConfig.DEFAULT_MAX_REQUEST_BYTES, allowHosts);
        PrintWriter err = spec.commandLine().getErr();
        // PostgreSQL: the desk reads while ingest processes write; uploads and curation write through the store
        ReadModel model = db.openReadModel(Math.max(2, Runtime.getRuntime().availableProcessors()));
        Store store;
        try {
            store = config.writable() ? db.open() : null;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
        Javalin app;
        try {
            // CoreNLP loads on the first upload, not at start: a read-only desk never needs it
            Supplier<Pipeline> pipeline = new Once<>(pipelines);
            app = ParleyServer.create(model, store == null ? null : new StoreIngest(a -> pipeline.get().process(a), store),
                    store == null ? null : Curator.of(new ActorCuration(store)), config).start(config.host(), config.port());
        } catch (RuntimeException e) {
            model.close();
            if (store != null) {
                store.close();
            }
            throw new IllegalStateException("cannot serve on " + bind + ":" + port + ": " + Parley.oneLine(e), e);
        }
        err.printf("parley: serving %s at http://%s:%d/ (%s)%n", db.location(), bind, app.port(),
                config.writable() ? "uploads and actor curation enabled with the token" : "read-only");
        if (!isLoopback(bind)) {
            err.println("parley: warning: listening beyond this machine on " + bind);
        }
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            model.close();
            if (store != null) {
                store.close();
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private void validate() {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        if (token != null && token.strip().length() < 16) {
            throw new ParameterException(spec.commandLine(), "--token must be at least 16 characters");
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A supplier called at most once. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = source.get();
            }
            return value;
        }
    }
}
