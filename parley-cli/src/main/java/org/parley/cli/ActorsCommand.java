package org.parley.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.FuzzyDate;
import org.parley.store.ActorCuration;
import org.parley.store.ActorQuery;
import org.parley.store.Store;
import org.parley.store.StoredActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true,
        subcommands = {ActorsCommand.Merge.class, ActorsCommand.Split.class},
        description = {"Lists the persons and organisations of the knowledge base, with titles over time.",
                "E.g. who was foreign minister of RUS on a date: --country RUS --title 'foreign minister' --on 2019-06-01"})
final class ActorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Option(names = "--country", paramLabel = "ISO3", description = "The actor's side, e.g. CHN, RUS.")
    private String country;

    @Option(names = "--query", paramLabel = "TEXT", description = "Part of any of the actor's names.")
    private String query;

    @Option(names = "--title", paramLabel = "TEXT", description = "Part of a title the actor was seen with.")
    private String title;

    @Option(names = "--on", paramLabel = "DATE", converter = EventFilterOptions.DateConverter.class,
            description = "A date the title was held, as far as the articles say (YYYY-MM-DD).")
    private FuzzyDate on;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private ActorFormat format;

    @Override
    public Integer call() {
        if (country != null && !country.strip().matches("[A-Za-z]{3}")) {
            throw new ParameterException(spec.commandLine(),
                    "--country expects an ISO 3166 alpha-3 code such as CHN, got '" + country + "'");
        }
        LocalDate date = on == null ? null : on.value();
        List<StoredActor> actors;
        try (Store store = db.openExisting()) {
            actors = store.actors(new ActorQuery(country == null ? null : country.strip(), query, title, date));
        }
        PrintWriter out = spec.commandLine().getOut();
        format.write(actors, out);
        out.flush();
        return 0;
    }


    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = {"Records that B is the same actor as A (A's name is kept) and applies it now and to later"
                    + " articles. A and B are ids or names."})
    static final class Merge implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DbOption db;
        @Parameters(index = "0", paramLabel = "A")
        private String keep;
        @Parameters(index = "1", paramLabel = "B")
        private String absorb;

        @Override
        public Integer call() {
            try (Store store = db.openExisting()) {
                ActorCuration.Outcome merged = curate(() -> new ActorCuration(store).merge(keep, absorb));
                spec.commandLine().getOut().printf("merged %s into %s%n", merged.other(), merged.kept());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = {"Records that mentions named NAME are not the actor ACTOR (id or name) and applies it now"
                    + " and to later articles: NAME becomes an actor of its own."})
    static final class Split implements Callable<Integer> {
        @Spec
        private CommandSpec spec;
        @Mixin
        private DbOption db;
        @Parameters(index = "0", paramLabel = "ACTOR")
        private String actor;
        @Parameters(index = "1", paramLabel = "NAME")
        private String name;

        @Override
        public Integer call() {
            try (Store store = db.openExisting()) {
                ActorCuration.Outcome split = curate(() -> new ActorCuration(store).split(actor, name));
                spec.commandLine().getOut().printf("split %s off %s%n", split.other(), split.kept());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** A refusal (unknown actor, one actor already) is a one-line failure, as any other. */
    private static ActorCuration.Outcome curate(java.util.function.Supplier<ActorCuration.Outcome> decision) {
        try {
            return decision.get();
        } catch (ActorCuration.Refused e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
