package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.store.ActorProfile;
import org.parley.store.ActorTitle;
import org.parley.store.Store;
import org.parley.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Prints an actor's profile: aliases, titles over time with evidence, organisations,"
                + " counterparts with counts, events.")
final class ActorCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DbOption db;

    @Parameters(paramLabel = "NAME", description = "A name, alias or id.")
    private String name;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    private ActorFormat format;

    @Override
    public Integer call() {
        ActorProfile p;
        try (Store store = db.openExisting()) {
            p = store.actor(name).orElseThrow(() -> new IllegalStateException("no actor '" + name + "'"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ActorFormat.TABLE) {
            text(p, out);
        } else {
            ObjectNode node = ActorFormat.MAPPER.valueToTree(p);
            out.println(ActorFormat.json(node));
        }
        out.flush();
        return 0;
    }

    private static void text(ActorProfile p, PrintWriter out) {
        var a = p.actor();
        out.printf("%s (%s, %s, id %d%s)%n", a.name(), a.kind(), a.country() == null ? "side unknown" : a.country(),
                a.id(), a.code() == null ? "" : ", " + a.code());
        out.println("aliases: " + String.join(", ", a.aliases()));
        out.println("titles:");
        for (ActorTitle t : a.titles()) {
            out.printf("  %s  %s..%s  \"%s\"%n", t.title(), ActorFormat.orEmpty(t.firstSeen()),
                    ActorFormat.orEmpty(t.lastSeen()), ActorFormat.orEmpty(t.evidence()));
        }
        out.println("organisations:");
        p.memberships().forEach(m -> out.printf("  %s of %s (%d)  %s..%s%n", m.role(), m.name(), m.actorId(),
                ActorFormat.orEmpty(m.firstSeen()), ActorFormat.orEmpty(m.lastSeen())));
        out.println("counterparts:");
        p.counterparts().forEach(c -> out.printf("  %s (%s, %d): %d%n", c.name(), ActorFormat.orEmpty(c.country()),
                c.actorId(), c.occasions()));
        out.println("events:");
        for (StoredEvent e : p.events()) {
            out.printf("  %d  %s  %s  %s  %d source(s)%n", e.id(), EventText.date(e.date()), e.type().label(),
                    EventText.participants(e.participants()), e.sources().size());
        }
    }
}
