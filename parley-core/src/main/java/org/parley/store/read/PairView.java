package org.parley.store.read;

import java.util.List;

/**
 * Two countries' exchanges, as the pair page shows them.
 *
 * @param occasions how many occasions the two sides share (named participants or not)
 * @param undated   how many of them no month counts: undated, or dated only to a year
 * @param byChannel per month ("2024-07") and channel ("parliament")
 * @param peopleA   the people acting for side {@code a} in these occasions, most occasions first
 * @param ahead     planned exchanges dated today or later, soonest first
 * @param latest    the most recent occasions, newest first
 * @param sources   the articles reporting the most recent occasions, newest occasion first
 */
public record PairView(String a, String b, int occasions, int undated, List<MonthlyStats.Count> byChannel,
                       List<Mechanism> mechanisms, List<Person> peopleA, List<Person> peopleB,
                       List<EventSummary> ahead, List<EventSummary> latest, List<SourceLink> sources) {

    public PairView {
        byChannel = List.copyOf(byChannel);
        mechanisms = List.copyOf(mechanisms);
        peopleA = List.copyOf(peopleA);
        peopleB = List.copyOf(peopleB);
        ahead = List.copyOf(ahead);
        latest = List.copyOf(latest);
        sources = List.copyOf(sources);
    }

    /**
     * A standing body of the two sides with its sessions in order (by number, else by date).
     *
     * @param missing the session numbers between the first and the last known that no source reports
     */
    public record Mechanism(long id, String name, List<Session> sessions, List<Integer> missing) {

        public Mechanism {
            sessions = List.copyOf(sessions);
            missing = List.copyOf(missing);
        }
    }

    /** @param daysSincePrevious days since the session before, when both are dated to the day; else null */
    public record Session(long id, Integer ordinal, String date, String status, String location,
                          Integer daysSincePrevious) {
    }

    public record Person(long actorId, String name, int occasions) {
    }

    /**
     * An article, named as a reader knows it: its headline, its URL, or else its file name (never a path).
     *
     * @param occasion the occasion it reports
     */
    public record SourceLink(String articleId, String title, String url, String file, String published, long occasion) {
    }
}
