package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.ReadModel;
import org.parley.store.ReadModels;
import org.parley.store.Store;
import org.parley.store.Stores;
import picocli.CommandLine.Option;

/** The database, a SQLite file or a PostgreSQL URL, shared by every command that reads or writes it. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "parley.db",
            description = {"SQLite database file (default: ${DEFAULT-VALUE}), or a shared PostgreSQL database:"
                    + " postgresql://host:port/name?user=U&password=P (or a jdbc:postgresql: URL)."})
    private String db;

    /** The SQLite file; a command that works on files only refuses a PostgreSQL URL. */
    public Path path() {
        if (isPostgres()) {
            throw new IllegalStateException("this command needs a SQLite file, not a PostgreSQL URL: " + location());
        }
        return Path.of(db);
    }

    public boolean isPostgres() {
        return Stores.isPostgres(db);
    }

    /** The database as named, without its password. */
    public String location() {
        return Stores.redacted(db);
    }

    /** Opens the read model of a database that must already exist (a SQLite file, or any PostgreSQL URL). */
    public ReadModel openReadModel(int connections) {
        return ReadModels.open(db, connections);
    }

    /** Opens the store, creating a SQLite file or the tables of a PostgreSQL database as needed. */
    public Store open() {
        return Stores.open(db);
    }

    /** Opens a store that must already hold something: a missing SQLite file is an error, not a new file. */
    public Store openExisting() {
        if (!isPostgres() && !Files.exists(Path.of(db))) {
            throw new IllegalStateException("no database at " + db + " (run 'parley ingest' first)");
        }
        return open();
    }
}
