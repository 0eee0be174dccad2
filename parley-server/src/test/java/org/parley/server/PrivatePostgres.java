package org.parley.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, on a free loopback port in a folder of its own, for what must
 * not happen to the shared one (a restart). Built from the Debian package's binaries; PostgreSQL does
 * not run as root, so under root it runs as the package's postgres user.
 */
final class PrivatePostgres implements AutoCloseable {

    private static final Path BINARIES = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path home;
    private final int port;

    private PrivatePostgres(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
    }

    /** The newest installed server's bin folder, if any. */
    static Optional<Path> binaries() {
        if (!Files.isDirectory(BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(BINARIES)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static PrivatePostgres start(Path bin) throws IOException, InterruptedException {
        Path home = Path.of(run(List.of("mktemp", "-d", "/tmp/parley-pg-XXXXXX")).strip());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PrivatePostgres pg = new PrivatePostgres(bin, home, port);
        run(List.of(bin.resolve("initdb").toString(), "-D", home.resolve("data").toString(), "-U", "parley",
                "--auth=trust", "-E", "UTF8", "--no-sync"));
        pg.pgCtl("start");
        return pg;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=parley";
    }

    /** Stops the server and starts it again; every connection open before is gone. */
    void restart() throws IOException, InterruptedException {
        pgCtl("restart");
    }

    void stop() throws IOException, InterruptedException {
        pgCtl("stop");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            run(List.of("rm", "-rf", home.toString()));
        }
    }

    private void pgCtl(String action) throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", home.resolve("data").toString(), "-l",
                home.resolve("log").toString(), "-w", "-m", "fast", "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", action));
    }

    /** Runs a command as a user PostgreSQL accepts; returns its output, or fails with it. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed: " + out);
        }
        return out;
    }
}
