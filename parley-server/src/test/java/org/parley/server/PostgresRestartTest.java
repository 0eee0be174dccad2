package org.parley.server;

import org.parley.testing.Prerequisite;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The desk on a PostgreSQL server of its own, which is restarted under it: reading must go on after. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PostgresRestartTest {

    @Test
    void theDeskReadsAgainAfterThePostgresqlServerRestarts() throws Exception {
        Optional<Path> bin = PrivatePostgres.binaries();
        Prerequisite.require(bin.isPresent(), "no PostgreSQL server under /usr/lib/postgresql to restart"
                + " (apt-get install postgresql)");
        try (PrivatePostgres pg = PrivatePostgres.start(bin.get())) {
            DeskArticles.fill(pg.jdbcUrl());
            try (RunningServer server = new RunningServer(pg.jdbcUrl())) {
                RunningServer.Response before = server.get("/api/events?limit=5");
                assertEquals(200, before.status(), before.body());

                pg.restart();

                for (String path : new String[] {"/api/events?limit=5", "/api/events?limit=5", "/api/actors"}) {
                    RunningServer.Response after = server.get(path);
                    assertEquals(200, after.status(), path + ": " + after.body());
                }
                assertEquals(before.body(), server.get("/api/events?limit=5").body());
            }
        }
    }
}
