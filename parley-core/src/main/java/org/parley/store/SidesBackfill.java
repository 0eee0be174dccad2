package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Migration 102's Java half: the sides and the channel of every event stored before it, as
 * {@link ExtractionWriter} writes them for new ones (the names in a sentence are read by Java, not SQL).
 * Reads the events in chunks by id, so a large database is not held in memory.
 */
final class SidesBackfill {

    private static final int CHUNK = 5_000;

    /** An event's row with its participants' sides and offices, in order. */
    private record Reported(long id, String mechanism, String evidence, List<String> sides, List<String> offices) {
    }

    private SidesBackfill() {
    }

    static void fill(Connection c) throws SQLException {
        long after = -1;
        while (true) {
            Map<Long, Reported> chunk = chunk(c, after);
            if (chunk.isEmpty()) {
                return;
            }
            try (PreparedStatement channel = c.prepareStatement("UPDATE events SET channel = ? WHERE id = ?")) {
                for (Reported r : chunk.values()) {
                    ExtractionWriter.insertSides(c, r.id(), EventSides.of(r.sides(), r.mechanism(), r.evidence()));
                    channel.setString(1, ChannelRules.of(r.mechanism(), r.offices()).label());
                    channel.setLong(2, r.id());
                    channel.addBatch();
                }
                channel.executeBatch();
            }
            after = chunk.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    private static Map<Long, Reported> chunk(Connection c, long after) throws SQLException {
        Map<Long, Reported> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, mechanism, evidence FROM events WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.put(rs.getLong(1), new Reported(rs.getLong(1), rs.getString(2), rs.getString(3),
                            new ArrayList<>(), new ArrayList<>()));
                }
            }
        }
        if (events.isEmpty()) {
            return events;
        }
        long last = events.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, country, title FROM event_participants"
                + " WHERE event_id > ? AND event_id <= ? ORDER BY event_id, position")) {
            ps.setLong(1, after);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Reported r = events.get(rs.getLong(1));
                    if (r != null) {
                        r.sides().add(rs.getString(2));
                        r.offices().add(rs.getString(3));
                    }
                }
            }
        }
        return events;
    }
}
