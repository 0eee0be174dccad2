package org.parley.store;

import java.nio.file.Path;

/** Opens the read model a {@code --db} value names, as {@link Stores} opens the store. */
public final class ReadModels {

    private ReadModels() {
    }

    /**
     * A PostgreSQL URL opens {@link PostgresReadModel}, anything else is a SQLite file ({@link SqliteReadModel}).
     *
     * @param connections how many requests may read at once
     */
    public static ReadModel open(String location, int connections) {
        return Stores.isPostgres(location) ? PostgresReadModel.open(Stores.jdbcUrl(location), connections)
                : SqliteReadModel.open(Path.of(location), connections);
    }
}
