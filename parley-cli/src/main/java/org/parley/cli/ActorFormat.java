package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.ActorTitle;
import org.parley.store.StoredActor;

/** How {@code parley actors} prints actors. */
enum ActorFormat {
    TABLE, JSON, CSV;

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<StoredActor> actors, PrintWriter out) {
        switch (this) {
            case JSON -> out.println(json(actors));
            case CSV -> {
                out.print("id,kind,name,country,code,aliases,titles\r\n");
                for (StoredActor a : actors) {
                    out.print(String.join(",", List.of(Long.toString(a.id()), a.kind(), TimelineCsv.quote(a.name()),
                            orEmpty(a.country()), orEmpty(a.code()), TimelineCsv.quote(String.join("; ", a.aliases())),
                            TimelineCsv.quote(titles(a)))) + "\r\n");
                }
            }
            case TABLE -> {
                for (StoredActor a : actors) {
                    out.printf("%-6d %-12s %-30s %-4s %s%n", a.id(), a.kind(), a.name(), orEmpty(a.country()), titles(a));
                }
                out.println(actors.size() == 1 ? "1 actor" : actors.size() + " actors");
            }
        }
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Foreign Minister 2019-05-01..2019-09-01; ..." */
    static String titles(StoredActor a) {
        List<String> out = new ArrayList<>();
        for (ActorTitle t : a.titles()) {
            out.add(t.title() + " " + orEmpty(t.firstSeen()) + ".." + orEmpty(t.lastSeen()));
        }
        return String.join("; ", out);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
