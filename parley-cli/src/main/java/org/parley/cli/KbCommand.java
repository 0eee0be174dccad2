package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.lexicon.OfficeHolderFormatException;
import org.parley.resolve.KbEntry;
import org.parley.resolve.KbFiles;
import org.parley.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kb", mixinStandardHelpOptions = true,
        subcommands = {KbCommand.Import.class, KbCommand.Export.class, KbCommand.Rebuild.class},
        description = "The knowledge base of actors: import an actor list, export it, rebuild it.")
final class KbCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds actors from FILE: .json (array of entries), .csv (name,kind,country,code,aliases,"
                    + "title,from,to), .tsv (an office-holder table: country,office,body,name,aliases,from,to[,note],"
                    + " as parley-core's org/parley/lexicon/office-holders.tsv) or a Phoenix/CAMEO actor dictionary"
                    + " (any other extension).",
                    "Imported actors improve later resolution and survive 'kb rebuild'."})
    static final class Import implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DbOption db;
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no file " + file);
            }
            List<KbEntry> entries;
            try {
                entries = KbFiles.read(file);
            } catch (OfficeHolderFormatException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
            }
            try (Store store = db.open()) {
                int n = store.importActors(entries);
                spec.commandLine().getOut().printf("imported %d actors from %s%n", n, file);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes every actor to FILE: .json, .csv, or the Phoenix dictionary format otherwise"
                    + " (not .tsv: office-holder tables are only read).")
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DbOption db;
        @Parameters(paramLabel = "FILE")
        private Path file;

        @Override
        public Integer call() throws IOException {
            List<KbEntry> entries;
            try (Store store = db.openExisting()) {
                entries = store.exportActors();
            }
            KbFiles.write(entries, file);
            spec.commandLine().getOut().printf("exported %d actors to %s%n", entries.size(), file);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Derives actors and occasions again from every stored article, imports and decisions.")
    static final class Rebuild implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DbOption db;

        @Override
        public Integer call() {
            try (Store store = db.openExisting()) {
                store.rebuildKnowledgeBase();
            }
            spec.commandLine().getOut().println("rebuilt");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
