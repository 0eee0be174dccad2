package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.store.read.ActorSummary;
import org.parley.store.read.ParticipantView;
import org.parley.store.read.SearchHit;

/**
 * What a search shows around the dialect's text hits: the actors whose names hold the words first, and each
 * evidence hit titled by what it reports (type, date, participants or sides) rather than by its article.
 */
final class SearchResults {

    private static final int ACTORS = 5;

    private final Connection c;

    SearchResults(Connection c) {
        this.c = c;
    }

    List<SearchHit> around(List<SearchHit> textHits, String words, int limit) throws SQLException {
        List<SearchHit> out = new ArrayList<>();
        for (ActorSummary a : new ReadActors(c).list(String.join(" ", FtsQuery.words(words)), 0, ACTORS)) {
            out.add(new SearchHit("actor", null, null, a.name(), null, List.of(), Double.NEGATIVE_INFINITY, a.id()));
        }
        List<Long> occasions = textHits.stream().map(SearchHit::eventId).filter(id -> id != null).distinct().toList();
        OccasionParts parts = new OccasionParts(c);
        Map<Long, OccasionParts.Occasion> rows = parts.occasions(occasions);
        Map<Long, List<ParticipantView>> people = parts.participants(occasions);
        Map<Long, List<String>> sides = parts.sides(occasions);
        for (SearchHit h : textHits) {
            OccasionParts.Occasion o = h.eventId() == null ? null : rows.get(h.eventId());
            out.add(o == null ? h : h.titled(title(o, people.getOrDefault(o.id(), List.of()),
                    sides.getOrDefault(o.id(), List.of()))));
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** "meeting · 2024-03-05 · Anna Berg, Tomas Lind", or the sides when nobody is named. */
    private static String title(OccasionParts.Occasion o, List<ParticipantView> people, List<String> sides) {
        String who = people.isEmpty() ? String.join(" – ", sides)
                : people.stream().map(ParticipantView::name).collect(Collectors.joining(", "));
        String date = o.dateStart() == null ? "undated" : switch (o.precision()) {
            case "year" -> o.dateStart().substring(0, 4);
            case "month" -> o.dateStart().substring(0, 7);
            default -> o.dateStart();
        };
        return o.type() + " · " + date + (who.isEmpty() ? "" : " · " + who);
    }
}
