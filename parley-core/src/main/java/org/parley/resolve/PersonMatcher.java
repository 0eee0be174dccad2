package org.parley.resolve;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.lexicon.NameKey;

/**
 * Finds (or creates) the actor a person mention names, using name, side, title and time together:
 * a full name joins the one actor with a compatible full name on the same side; a surname alone
 * joins an actor only when exactly one with that word is active on that side in that period (a
 * title may single it out), else it stays an actor of its own. A title alone never merges.
 */
final class PersonMatcher {

    /** How far from an actor's seen dates a surname-only mention may still name it. */
    private static final int ACTIVE_YEARS = 2;

    /** A person as one article names them. date is the article's date, or null. */
    record Mention(String name, String country, List<String> titles, LocalDate date) {
    }

    private record Candidate(long id, String name, String country) {
        boolean fullName() {
            return NameKey.tokens(name).size() >= 2;
        }
    }

    private final ActorTables actors;
    private final Curation curation;

    PersonMatcher(ActorTables actors, Curation curation) {
        this.actors = actors;
        this.curation = curation;
    }

    long resolve(Mention mention) throws SQLException {
        String name = curation.resolveAs(mention.name(), mention.country());
        // an analyst's merge names the actor; its side is then that actor's, whatever the article said
        Mention m = name.equals(mention.name()) ? mention
                : new Mention(name, null, mention.titles(), mention.date());
        List<String> tokens = NameKey.tokens(name);
        if (tokens.isEmpty()) {
            return create(name, m.country());
        }
        List<Candidate> candidates = candidates(name, m);
        if (curation.splitOff(name)) {
            candidates.removeIf(c -> !NameKey.key(c.name()).equals(NameKey.key(name)));
        }
        Long chosen = tokens.size() >= 2 ? forFullName(name, m, candidates) : forSurname(name, m, candidates);
        long id = chosen != null ? chosen : create(name, m.country());
        actors.setCountryIfUnknown(id, m.country());
        actors.addAlias(id, mention.name());
        return id;
    }

    private Long forFullName(String name, Mention m, List<Candidate> candidates) throws SQLException {
        List<Candidate> full = candidates.stream().filter(Candidate::fullName).toList();
        Candidate one = single(full, name, m);
        if (one != null) {
            return one.id();
        }
        if (!full.isEmpty()) {
            // several compatible full names on compatible sides: spellings of one name, the oldest wins
            return full.get(0).id();
        }
        List<Candidate> surnames = active(candidates.stream().filter(c -> !c.fullName()).toList(), m.date());
        if (surnames.size() == 1) {
            actors.rename(surnames.get(0).id(), name);
            return surnames.get(0).id();
        }
        return null;
    }

    private Long forSurname(String name, Mention m, List<Candidate> candidates) throws SQLException {
        List<Candidate> full = active(candidates.stream().filter(Candidate::fullName).toList(), m.date());
        Candidate one = single(full, name, m);
        if (one != null) {
            return one.id();
        }
        // ambiguous or unknown: the surname stays its own actor, shared by later surname-only mentions
        return candidates.stream().filter(c -> !c.fullName() && NameKey.key(c.name()).equals(NameKey.key(name)))
                .map(Candidate::id).findFirst().orElse(null);
    }

    /** The one candidate, or the one whose name is spelled the same, or the one seen with a same title. */
    private Candidate single(List<Candidate> list, String name, Mention m) throws SQLException {
        if (list.size() <= 1) {
            return list.isEmpty() ? null : list.get(0);
        }
        List<Candidate> sameKey = list.stream().filter(c -> NameKey.key(c.name()).equals(NameKey.key(name))).toList();
        if (sameKey.size() == 1) {
            return sameKey.get(0);
        }
        List<Candidate> sameTitle = new ArrayList<>();
        for (Candidate c : list) {
            List<String> seen = actors.titleKeys(c.id());
            if (m.titles().stream().map(NameKey::fold).anyMatch(seen::contains)) {
                sameTitle.add(c);
            }
        }
        return sameTitle.size() == 1 ? sameTitle.get(0) : null;
    }

    private List<Candidate> candidates(String name, Mention m) throws SQLException {
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (String token : NameKey.tokens(name)) {
            for (ActorTables.AliasRow row : actors.aliasesWithToken(ActorTables.PERSON, token)) {
                boolean sideOk = row.country() == null || m.country() == null || row.country().equals(m.country());
                // "Wang" seen as Wang Tao's surname must not pull Wang Lin in: full names compare with full names
                boolean comparable = NameKey.tokens(name).size() < 2 || NameKey.tokens(row.alias()).size() >= 2
                        || NameKey.tokens(row.name()).size() < 2;
                if (sideOk && comparable && !out.containsKey(row.actorId()) && NameKey.compatible(row.alias(), name)
                        && !curation.forbids(m.name(), row.name(), m.country())
                        && !curation.forbids(name, row.name(), m.country())) {
                    out.put(row.actorId(), new Candidate(row.actorId(), row.name(), row.country()));
                }
            }
        }
        List<Candidate> list = new ArrayList<>(out.values());
        list.sort((a, b) -> Long.compare(a.id(), b.id()));
        return list;
    }

    private List<Candidate> active(List<Candidate> list, LocalDate date) throws SQLException {
        if (date == null) {
            return list;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : list) {
            String[] range = actors.seenRange(c.id());
            boolean afterStart = range[0] == null || !date.isBefore(LocalDate.parse(range[0]).minusYears(ACTIVE_YEARS));
            boolean beforeEnd = range[1] == null || !date.isAfter(LocalDate.parse(range[1]).plusYears(ACTIVE_YEARS));
            if (afterStart && beforeEnd) {
                out.add(c);
            }
        }
        return out;
    }

    private long create(String name, String country) throws SQLException {
        return actors.create(ActorTables.PERSON, name, country, null, "article");
    }
}
