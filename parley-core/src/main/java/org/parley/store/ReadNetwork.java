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
 * The co-participation graph of the most recent occasions passing a filter: a node per knowledge-base
 * actor (or institution, or country), weighted by its occasions; an edge per pair of nodes in one
 * occasion, weighted by the occasions they share.
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
        TimelineSql.Statement events = timeline.select(timeline.id(), null, maxEvents + 1);
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
        OccasionParts parts = new OccasionParts(c);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunkIds = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, List<ParticipantView>> chunk = level == NetworkLevel.COUNTRIES ? sidesAsParticipants(parts, chunkIds)
                    : parts.participants(chunkIds);
            Map<Long, Network.Node> institutions = level == NetworkLevel.INSTITUTIONS
                    ? institutions(chunk.values()) : Map.of();
            for (Map.Entry<Long, List<ParticipantView>> event : chunk.entrySet()) {
                List<String> members = byEvent.computeIfAbsent(event.getKey(), k -> new ArrayList<>());
                for (ParticipantView p : event.getValue()) {
                    Network.Node node = node(level, p, institutions);
                    if (node != null && !members.contains(node.id())) {
                        members.add(node.id());
                        Network.Node old = nodes.get(node.id());
                        nodes.put(node.id(), old == null ? node : new Network.Node(old.id(), old.kind(), old.label(),
                                old.country(), old.events() + 1));
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

    /** At the country level an occasion's nodes are its sides, whether or not a person is named for them. */
    private static Map<Long, List<ParticipantView>> sidesAsParticipants(OccasionParts parts, List<Long> ids)
            throws SQLException {
        Map<Long, List<ParticipantView>> out = new LinkedHashMap<>();
        parts.sides(ids).forEach((id, sides) -> out.put(id, sides.stream()
                .map(country -> new ParticipantView(null, country, country, null)).toList()));
        return out;
    }

    /** The node a participant stands for, with one event; null when the level knows nothing of it. */
    private static Network.Node node(NetworkLevel level, ParticipantView p, Map<Long, Network.Node> institutions) {
        Network.Node institution = p.actorId() == null ? null : institutions.get(p.actorId());
        if (level == NetworkLevel.PEOPLE) {
            return p.actorId() == null ? null : new Network.Node(String.valueOf(p.actorId()), "person", p.name(),
                    p.country(), 1);
        }
        if (institution != null) {
            return institution;
        }
        return p.country() == null ? null : new Network.Node(p.country(), "country", p.country(), p.country(), 1);
    }

    /**
     * The organisation each person of these occasions belongs to, as the knowledge base knows it from titles:
     * the membership seen last when there are several.
     */
    private Map<Long, Network.Node> institutions(java.util.Collection<List<ParticipantView>> occasions)
            throws SQLException {
        Set<Long> people = new java.util.TreeSet<>();
        occasions.forEach(list -> list.forEach(p -> {
            if (p.actorId() != null) {
                people.add(p.actorId());
            }
        }));
        Map<Long, Network.Node> out = new HashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(people.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT m.person_id, o.id, o.name, o.country"
                + " FROM actor_memberships m JOIN actors o ON o.id = m.organisation_id"
                + " WHERE m.person_id IN (" + marks + ") ORDER BY m.person_id, m.last_seen DESC, o.id")) {
            int i = 1;
            for (long id : people) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // "Foreign Ministry" is every country's: the side tells them apart
                    String label = rs.getString(4) == null ? rs.getString(3) : rs.getString(3) + " (" + rs.getString(4) + ")";
                    out.putIfAbsent(rs.getLong(1), new Network.Node(String.valueOf(rs.getLong(2)), "organisation",
                            label, rs.getString(4), 1));
                }
            }
        }
        return out;
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
