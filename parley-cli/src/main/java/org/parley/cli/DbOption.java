package org.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The database file, shared by every command that reads or writes it. */
public final class DbOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "parley.db",
            description = "SQLite database file (default: ${DEFAULT-VALUE}).")
    private Path db;

    public Path path() {
        return db;
    }
}
