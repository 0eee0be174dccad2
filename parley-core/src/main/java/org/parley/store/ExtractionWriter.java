package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.Channel;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Extraction;
import org.parley.model.Participant;
import org.parley.model.Person;

/** The INSERTs of one extraction. The caller owns the transaction. Standard SQL only. */
final class ExtractionWriter {

    private final Connection connection;

    ExtractionWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the article and everything read from it; false (and nothing written) if it is stored. */
    boolean insert(Extraction extraction) throws SQLException {
        Article article = extraction.article();
        String articleId = article.contentHash();
        if (!insertArticle(extraction, articleId)) {
            return false;
        }
        List<Event> events = extraction.events();
        Map<String, List<String>> titles = new HashMap<>();
        extraction.persons().forEach(p -> titles.put(p.name(), p.titles()));
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            long eventId = insertEvent(articleId, i, event, channel(event, titles));
            insertParticipants(eventId, event.participants());
            insertSides(connection, eventId, EventSides.of(event.participants().stream().map(Participant::country)
                    .toList(), event.mechanism(), event.evidence().sentence()));
        }
        List<Person> persons = extraction.persons();
        for (int i = 0; i < persons.size(); i++) {
            insertPerson(articleId, i, persons.get(i));
        }
        return true;
    }

    private boolean insertArticle(Extraction extraction, String articleId) throws SQLException {
        Article article = extraction.article();
        LocalDate published = extraction.published() != null ? extraction.published() : article.published();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO articles (id, source_id, origin, url,"
                + " title, published, published_how, text, cleaned_text, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, articleId);
            ps.setString(2, article.id());
            ps.setString(3, article.origin());
            ps.setString(4, article.url());
            ps.setString(5, article.title());
            ps.setString(6, published == null ? null : published.toString());
            ps.setString(7, extraction.publishedHow());
            ps.setString(8, article.text());
            ps.setString(9, extraction.cleanedText());
            ps.setString(10, Instant.now().toString());
            return ps.executeUpdate() == 1;
        }
    }

    /** The channel from every title the article gives the participants, not only the one at the event. */
    private static Channel channel(Event event, Map<String, List<String>> titles) {
        List<String> offices = new ArrayList<>();
        for (Participant p : event.participants()) {
            offices.add(p.title());
            offices.addAll(titles.getOrDefault(p.name(), List.of()));
        }
        return ChannelRules.of(event.mechanism(), offices);
    }

    /** One row per side, in the order named. */
    static void insertSides(Connection connection, long eventId, List<EventSides.Side> sides) throws SQLException {
        if (sides.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO event_sides (event_id, country, position, named) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < sides.size(); i++) {
                ps.setLong(1, eventId);
                ps.setString(2, sides.get(i).country());
                ps.setInt(3, i);
                ps.setInt(4, sides.get(i).named() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private long insertEvent(String articleId, int position, Event event, Channel channel) throws SQLException {
        EventDate date = event.date();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO events (article_id, position, type,"
                + " status, date_start, date_end, date_precision, date_source, date_text, location, mechanism,"
                + " cameo, confidence, evidence, evidence_begin, evidence_end, channel)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, articleId);
            ps.setInt(2, position);
            ps.setString(3, event.type().label());
            ps.setString(4, event.status().label());
            ps.setString(5, date.start() == null ? null : date.start().value().toString());
            ps.setString(6, date.end() == null ? null : date.end().iso());
            ps.setString(7, date.start() == null ? null : label(date.start().precision()));
            ps.setString(8, label(date.source()));
            ps.setString(9, date.text());
            ps.setString(10, event.location());
            ps.setString(11, event.mechanism());
            ps.setString(12, event.cameo());
            ps.setDouble(13, event.confidence());
            ps.setString(14, event.evidence().sentence());
            ps.setInt(15, event.evidence().begin());
            ps.setInt(16, event.evidence().end());
            ps.setString(17, channel.label());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for event " + position + " of " + articleId);
                }
                return keys.getLong(1);
            }
        }
    }

    private void insertParticipants(long eventId, List<Participant> participants) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO event_participants"
                + " (event_id, position, name, name_folded, country, title) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < participants.size(); i++) {
                Participant p = participants.get(i);
                ps.setLong(1, eventId);
                ps.setInt(2, i);
                ps.setString(3, p.name());
                ps.setString(4, NameFolding.fold(p.name()));
                setNullable(ps, 5, p.country() == null ? null : p.country().toUpperCase(Locale.ROOT));
                setNullable(ps, 6, p.title());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertPerson(String articleId, int position, Person person) throws SQLException {
        long personId;
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO persons (article_id, position, name, country) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, articleId);
            ps.setInt(2, position);
            ps.setString(3, person.name());
            setNullable(ps, 4, person.country() == null ? null : person.country().toUpperCase(Locale.ROOT));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                personId = keys.getLong(1);
            }
        }
        insertStrings("INSERT INTO person_titles (person_id, position, title) VALUES (?, ?, ?)",
                personId, person.titles());
        insertStrings("INSERT INTO person_aliases (person_id, position, alias) VALUES (?, ?, ?)",
                personId, person.aliases());
    }

    private void insertStrings(String sql, long personId, List<String> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setLong(1, personId);
                ps.setInt(2, i);
                ps.setString(3, values.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
