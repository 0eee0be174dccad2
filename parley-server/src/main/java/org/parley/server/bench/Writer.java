package org.parley.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.store.ChannelRules;

/**
 * The prepared INSERTs of {@link SyntheticDesk}: an article, and per event its occasion (one source each,
 * so the occasion takes the event's own id and values), its row with its channel, its participants with their
 * sides, and the link between.
 */
final class Writer implements AutoCloseable {

    private final PreparedStatement article;
    private final PreparedStatement occasion;
    private final PreparedStatement event;
    private final PreparedStatement participant;
    private final PreparedStatement source;
    private final PreparedStatement side;

    Writer(Connection c) throws SQLException {
        article = c.prepareStatement("INSERT INTO articles (id, source_id, origin, url, title, published, published_how,"
                + " text, cleaned_text, ingested_at) VALUES (?, ?, 'synthetic', NULL, ?, ?, 'date header', ?, ?, ?)");
        occasion = c.prepareStatement("INSERT INTO occasions (id, type, status, plan_fulfilled, date_start, date_end,"
                + " date_precision, date_conflict, location, mechanism_id, ordinal, cameo)"
                + " VALUES (?, ?, ?, 0, ?, NULL, 'day', 0, ?, NULL, NULL, '042')");
        event = c.prepareStatement("INSERT INTO events (id, article_id, position, type, status, date_start, date_end,"
                + " date_precision, date_source, date_text, location, mechanism, cameo, confidence, evidence,"
                + " evidence_begin, evidence_end, channel)"
                + " VALUES (?, ?, ?, ?, ?, ?, NULL, 'day', 'explicit', ?, ?, NULL, '042', 0.8, ?, ?, ?, ?)");
        participant = c.prepareStatement("INSERT INTO event_participants (event_id, position, name, name_folded,"
                + " country, title, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        source = c.prepareStatement("INSERT INTO occasion_events (event_id, occasion_id) VALUES (?, ?)");
        side = c.prepareStatement("INSERT INTO event_sides (event_id, country, position, named) VALUES (?, ?, ?, 1)"
                + " ON CONFLICT (event_id, country) DO NOTHING");
    }

    void article(String id, int n, LocalDate day, String text, String now) throws SQLException {
        article.setString(1, id);
        article.setString(2, "synthetic-" + n);
        article.setString(3, "Diplomatic round-up " + n);
        article.setString(4, day.toString());
        article.setString(5, text);
        article.setString(6, text);
        article.setString(7, now);
        article.executeUpdate();
    }

    /** The occasion and the event row: {id, position, type, status, day, sentence, begin, ...}. */
    void event(String articleId, Object[] r) throws SQLException {
        long id = (long) r[0];
        String sentence = (String) r[5];
        int begin = (int) r[6];
        String location = sentence.contains(" of ") ? "Capital" : null;
        occasion.setLong(1, id);
        occasion.setString(2, (String) r[2]);
        occasion.setString(3, (String) r[3]);
        occasion.setString(4, (String) r[4]);
        occasion.setString(5, location);
        occasion.executeUpdate();
        event.setLong(1, id);
        event.setString(2, articleId);
        event.setInt(3, (int) r[1]);
        event.setString(4, (String) r[2]);
        event.setString(5, (String) r[3]);
        event.setString(6, (String) r[4]);
        event.setString(7, "on " + r[4]);
        event.setString(8, location);
        event.setString(9, sentence);
        event.setInt(10, begin);
        event.setInt(11, begin + sentence.length());
        List<String> offices = new ArrayList<>();
        for (int p = 7; p <= 9; p++) {
            if (r[p] != null) {
                offices.add(((String[]) r[p])[2]);
            }
        }
        event.setString(12, ChannelRules.of(null, offices).label());
        event.executeUpdate();
    }

    /** {name, country, title} as an official of the desk, resolved to {@code actorId}. */
    void participant(long eventId, int position, String[] who, long actorId) throws SQLException {
        participant.setLong(1, eventId);
        participant.setInt(2, position);
        participant.setString(3, who[0]);
        participant.setString(4, who[0].toLowerCase(Locale.ROOT));
        participant.setString(5, who[1]);
        participant.setString(6, who[2]);
        participant.setLong(7, actorId);
        participant.executeUpdate();
        side.setLong(1, eventId);
        side.setString(2, who[1]);
        side.setInt(3, position);
        side.executeUpdate();
    }

    void source(long eventId) throws SQLException {
        source.setLong(1, eventId);
        source.setLong(2, eventId);
        source.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {article, occasion, event, participant, source, side}) {
            ps.close();
        }
    }
}
