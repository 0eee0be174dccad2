package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.store.read.ActorProfile;
import org.parley.store.read.ActorSummary;
import org.parley.store.read.Counterpart;
import org.parley.store.read.EventFilter;
import org.parley.store.read.EventPage;
import org.parley.store.read.TitleSpan;

/** Actors as folded participant names (see {@link ActorIds}), read through {@code event_actors}. */
final class ReadActors {

    private static final int COUNTERPARTS = 50;

    private final Connection c;

    ReadActors(Connection c) {
        this.c = c;
    }

    List<ActorSummary> list(String name, int offset, int limit) throws SQLException {
        String where = name == null ? "" : " WHERE a.actor LIKE ? ESCAPE '\\'";
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.actor, COUNT(*) AS n FROM event_actors a" + where
                + " GROUP BY a.actor ORDER BY n DESC, a.actor LIMIT ? OFFSET ?")) {
            int i = 1;
            if (name != null) {
                ps.setString(i++, "%" + escapeLike(NameFolding.fold(name.strip())) + "%");
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<ActorSummary> actors = new ArrayList<>();
        for (String[] f : found) {
            Forms forms = forms(f[0]);
            actors.add(new ActorSummary(ActorIds.fromFolded(f[0]), forms.names.iterator().next(),
                    List.copyOf(forms.countries), Integer.parseInt(f[1])));
        }
        return actors;
    }

    Optional<ActorProfile> profile(String id, int eventLimit) throws SQLException {
        String folded = ActorIds.folded(id);
        Forms forms = forms(folded);
        if (forms.names.isEmpty()) {
            return Optional.empty();
        }
        int count = count(folded);
        EventPage events = new ReadEvents(c).page(EventFilter.ALL.withActor(id), null, eventLimit);
        return Optional.of(new ActorProfile(id, forms.names.iterator().next(), List.copyOf(forms.names),
                List.copyOf(forms.countries), titles(folded), counterparts(folded), count, events.events()));
    }

    /** The written forms of a name and the sides, most used first. */
    private record Forms(Set<String> names, Set<String> countries) {
    }

    private Forms forms(String folded) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.name, p.country, COUNT(*) AS n FROM event_actors a"
                + " JOIN event_participants p ON p.event_id = a.event_id AND p.name_folded = a.actor"
                + " WHERE a.actor = ? GROUP BY p.name, p.country ORDER BY n DESC, p.name")) {
            ps.setString(1, folded);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        countries.add(rs.getString(2));
                    }
                }
            }
        }
        return new Forms(names, countries);
    }

    private int count(String folded) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM event_actors WHERE actor = ?")) {
            ps.setString(1, folded);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private List<TitleSpan> titles(String folded) throws SQLException {
        List<TitleSpan> titles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.title, MIN(NULLIF(a.day, '')), MAX(NULLIF(a.day, '')),"
                + " COUNT(*) FROM event_actors a"
                + " JOIN event_participants p ON p.event_id = a.event_id AND p.name_folded = a.actor"
                + " WHERE a.actor = ? AND p.title IS NOT NULL"
                + " GROUP BY p.title ORDER BY MIN(NULLIF(a.day, '')) IS NULL, MIN(NULLIF(a.day, '')), p.title")) {
            ps.setString(1, folded);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.add(new TitleSpan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return titles;
    }

    private List<Counterpart> counterparts(String folded) throws SQLException {
        List<Counterpart> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT q.name_folded, MAX(q.name), MAX(q.country),"
                + " COUNT(DISTINCT q.event_id) AS n FROM event_actors a"
                + " JOIN event_participants q ON q.event_id = a.event_id"
                + " WHERE a.actor = ? AND q.name_folded <> a.actor"
                + " GROUP BY q.name_folded ORDER BY n DESC, q.name_folded LIMIT ?")) {
            ps.setString(1, folded);
            ps.setInt(2, COUNTERPARTS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Counterpart(ActorIds.fromFolded(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getInt(4)));
                }
            }
        }
        return out;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
