package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.store.read.EventFilter;
import org.parley.store.read.Network;
import org.parley.store.read.NetworkLevel;
import org.parley.store.read.ParticipantView;

/**
 * The co-participation graph of the most recent events passing a filter: a node per actor (or country),
 * weighted by its events; an edge per pair of nodes in one event, weighted by the events they share.
 */
final class ReadNetwork {

    /** Events whose participants are read in one query. */
    private static final int CHUNK = 500;

    private final Connection c;

    ReadNetwork(Connection c) {
        this.c = c;
    }

    Network network(EventFilter filter, NetworkLevel level, int maxNodes, int maxEvents) throws SQLException {
        TimelineSql timeline = TimelineSql.plan(c, filter);
        TimelineSql.Statement events = timeline.select(timeline.id(), null, maxEvents + 1, false);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = events.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        boolean truncated = ids.size() > maxEvents;
        if (truncated) {
            ids = ids.subList(0, maxEvents);
        }
        Map<Long, List<String>> byEvent = new LinkedHashMap<>();
        Map<String, Network.Node> nodes = new HashMap<>();
        ReadEvents reader = new ReadEvents(c);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Map<Long, List<ParticipantView>> chunk = reader.participants(ids.subList(from,
                    Math.min(ids.size(), from + CHUNK)));
            for (Map.Entry<Long, List<ParticipantView>> event : chunk.entrySet()) {
                List<String> members = byEvent.computeIfAbsent(event.getKey(), k -> new ArrayList<>());
                for (ParticipantView p : event.getValue()) {
                    String id = level == NetworkLevel.PEOPLE ? p.actorId() : p.country();
                    if (id != null && !members.contains(id)) {
                        members.add(id);
                        Network.Node old = nodes.get(id);
                        nodes.put(id, old != null ? new Network.Node(id, old.label(), old.country(), old.events() + 1)
                                : new Network.Node(id, level == NetworkLevel.PEOPLE ? p.name() : id, p.country(), 1));
                    }
                }
            }
        }
        List<Network.Node> kept = nodes.values().stream()
                .sorted(Comparator.comparingInt(Network.Node::events).reversed().thenComparing(Network.Node::id))
                .limit(maxNodes).toList();
        Set<String> keptIds = kept.stream().map(Network.Node::id).collect(Collectors.toSet());
        return new Network(level.name().toLowerCase(Locale.ROOT), kept, edges(byEvent, keptIds),
                ids.size(), truncated || kept.size() < nodes.size());
    }

    private static List<Network.Edge> edges(Map<Long, List<String>> byEvent, Set<String> kept) {
        Map<String, int[]> weights = new HashMap<>();
        for (List<String> members : byEvent.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    if (kept.contains(a) && kept.contains(b)) {
                        String k = a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a;
                        weights.computeIfAbsent(k, x -> new int[1])[0]++;
                    }
                }
            }
        }
        List<Network.Edge> edges = new ArrayList<>();
        weights.forEach((k, w) -> {
            int nl = k.indexOf('\n');
            edges.add(new Network.Edge(k.substring(0, nl), k.substring(nl + 1), w[0]));
        });
        edges.sort(Comparator.comparingInt(Network.Edge::weight).reversed()
                .thenComparing(Network.Edge::source).thenComparing(Network.Edge::target));
        return edges;
    }
}
