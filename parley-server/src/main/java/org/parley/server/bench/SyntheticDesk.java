package org.parley.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.lexicon.NameKey;
import org.parley.store.SqliteStore;
import org.sqlite.SQLiteConfig;

/**
 * Generates a large database of invented events for benchmarks: 2,000 officials of 40 countries (a few
 * countries and people far busier than the rest, as in the news), events over ten years, four events to an
 * article. Written with the store's schema (migrated by {@link SqliteStore#open}) in one transaction with
 * prepared statements, by a bulk path that fills the knowledge base as the resolver would for this data:
 * each official one actor (name, alias, side, title over time, ministers in their ministry), each event
 * its own occasion (one source each), participants linked to their actors. The read model's triggers fill
 * its keys, counts and search index as rows go in. (The resolver itself, comparing each report with the
 * occasions of its actors, is far too slow for a million events written at once.)
 */
public final class SyntheticDesk {

    static final List<String> COUNTRIES = List.of("USA", "CHN", "RUS", "FRA", "DEU", "GBR", "IND", "JPN", "TUR", "BRA",
            "IRN", "SAU", "ZAF", "KOR", "ITA", "ESP", "CAN", "AUS", "MEX", "IDN", "EGY", "NGA", "PAK", "UKR", "POL",
            "VNM", "THA", "ARG", "KAZ", "ISR", "QAT", "ARE", "ETH", "KEN", "NOR", "FIN", "EST", "DNK", "SRB", "CHL");
    static final List<String> TYPES = List.of("meeting", "meeting", "meeting", "visit", "visit", "call", "call",
            "session", "agreement", "message");
    static final List<String> TOPICS = List.of("trade", "energy", "security", "fisheries", "rail", "climate",
            "migration", "health", "investment", "grain", "nuclear", "space", "tourism", "culture", "water", "border");
    private static final String[] FIRST = {"Anna", "Tomas", "Lucia", "Peter", "Maria", "Ivan", "Li", "Omar", "Sara",
        "Kenji", "Amara", "Pablo", "Elif", "Dmitri", "Chen", "Aisha", "Jonas", "Priya", "Mateo", "Nadia"};
    private static final String[] LAST = {"Berg", "Lind", "Sanchez", "Holm", "Kask", "Petrov", "Wei", "Haddad",
        "Novak", "Tanaka", "Okafor", "Ruiz", "Demir", "Volkov", "Zhang", "Bello", "Weber", "Rao", "Costa", "Karimi",
        "Moreau", "Kowalski", "Nguyen", "Silva", "Mensah", "Larsen", "Ito", "Farah", "Meyer", "Aziz", "Varga",
        "Olsen", "Popescu", "Suzuki", "Ahmed", "Rossi", "Janssen", "Kim", "Lopez", "Fischer", "Morales", "Ali",
        "Dubois", "Schmidt", "Hansen", "Park", "Garcia", "Yilmaz", "Sato", "Nowak", "Khan", "Ferrari", "Jensen",
        "Gomez", "Wolf", "Hassan", "Becker", "Lee", "Torres", "Adeyemi", "Horvat", "Ozturk", "Mora", "Keller",
        "Nikolic", "Sokolov", "Das", "Bakr", "Young", "Quinn", "Vogel", "Bauer", "Lambert", "Navarro", "Abe",
        "Osei", "Marin", "Falk", "Strand", "Toth", "Reyes", "Wong", "Cruz", "Lund", "Sharma", "Kaya", "Mills",
        "Nakamura", "Diaz", "Engel", "Romero", "Hall", "Iqbal", "Moss", "Brandt", "Rahman", "Kruger", "Eze", "Roth",
        "Vidal"};
    private static final String[] TITLES = {"Foreign Minister", "Prime Minister", "President", "Deputy Foreign Minister",
        "Minister of Trade", "Ambassador", "Defence Minister", "Special Envoy"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3653;
    private static final int PEOPLE = 2000;
    private static final int EVENTS_PER_ARTICLE = 4;

    private final Random random;
    private final List<String[]> people = new ArrayList<>();
    private final Map<Integer, double[]> harmonic = new HashMap<>();

    public SyntheticDesk(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < PEOPLE; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            people.add(new String[] {name, COUNTRIES.get(zipf(COUNTRIES.size())), TITLES[i % TITLES.length]});
        }
    }

    /** Index in [0, n) with weight 1/(i+1): the first few are far more common. */
    private int zipf(int n) {
        double[] cumulative = harmonic.computeIfAbsent(n, k -> {
            double[] c = new double[k];
            double total = 0;
            for (int i = 0; i < k; i++) {
                total += 1.0 / (i + 1);
                c[i] = total;
            }
            return c;
        });
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[n - 1]);
        return Math.min(n - 1, i >= 0 ? i : -i - 1);
    }

    String[] person() {
        return people.get(zipf(PEOPLE));
    }

    /** Writes {@code events} events into a new database {@code file}. */
    public void write(Path file, int events) throws SQLException {
        if (Files.exists(file)) {
            throw new IllegalArgumentException(file + " exists; the benchmark writes a new database");
        }
        SqliteStore.open(file).close();
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setCacheSize(-262_144);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            Map<String, Long> actorIds = writeActors(c);
            Map<Long, String[]> seen = new HashMap<>();
            try (Writer w = new Writer(c)) {
                long id = 0;
                String now = Instant.now().toString();
                for (int a = 0; id < events; a++) {
                    String articleId = String.format(Locale.ROOT, "%032x", a);
                    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
                    StringBuilder text = new StringBuilder("Diplomatic round-up ").append(a).append('\n');
                    List<Object[]> rows = new ArrayList<>();
                    for (int k = 0; k < EVENTS_PER_ARTICLE && id < events; k++) {
                        id++;
                        LocalDate when = day.minusDays(random.nextInt(3));
                        String[] first = person();
                        String[] second = person();
                        while (second[1].equals(first[1])) {
                            second = person();
                        }
                        String[] third = random.nextInt(5) == 0 ? person() : null;
                        String type = TYPES.get(random.nextInt(TYPES.size()));
                        String sentence = first[2] + " " + first[0] + " of " + first[1] + " held a " + type + " with "
                                + second[0] + " of " + second[1] + (third == null ? "" : " and " + third[0])
                                + " on " + when + " about " + TOPICS.get(random.nextInt(TOPICS.size())) + " and "
                                + TOPICS.get(random.nextInt(TOPICS.size())) + ".";
                        int begin = text.length();
                        text.append(sentence).append('\n');
                        rows.add(new Object[] {id, k, type, random.nextInt(8) == 0 ? "planned" : "occurred",
                            when.toString(), sentence, begin, first, second, third});
                    }
                    w.article(articleId, a, day, text.toString(), now);
                    for (Object[] r : rows) {
                        w.event(articleId, r);
                        int position = 0;
                        for (int p = 7; p <= 9; p++) {
                            String[] who = (String[]) r[p];
                            if (who != null && position < 3) {
                                long actor = actorIds.get(who[0]);
                                w.participant((long) r[0], position++, who, actor);
                                seen.merge(actor, new String[] {(String) r[4], (String) r[4]}, SyntheticDesk::widen);
                            }
                        }
                        // last: the key rows are derived from the participants when the source joins its occasion
                        w.source((long) r[0]);
                    }
                }
            }
            writeTitles(c, actorIds, seen);
            c.commit();
        }
    }

    private static String[] widen(String[] a, String[] b) {
        return new String[] {a[0].compareTo(b[0]) <= 0 ? a[0] : b[0], a[1].compareTo(b[1]) >= 0 ? a[1] : b[1]};
    }

    /** One actor per official, and per country a foreign ministry for its foreign ministers. */
    private Map<String, Long> writeActors(Connection c) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement actor = c.prepareStatement("INSERT INTO actors (id, kind, name, name_folded, country,"
                + " code, origin) VALUES (?, ?, ?, ?, ?, NULL, 'article')");
             PreparedStatement alias = c.prepareStatement("INSERT INTO actor_aliases (actor_id, alias, alias_folded)"
                + " VALUES (?, ?, ?)")) {
            long id = 0;
            for (String[] p : people) {
                ids.put(p[0], ++id);
                insertActor(actor, alias, id, "person", p[0], p[1]);
            }
            for (String country : COUNTRIES) {
                String ministry = "Foreign Ministry of " + country;
                ids.put(ministry, ++id);
                insertActor(actor, alias, id, "organisation", ministry, country);
            }
        }
        return ids;
    }

    private static void insertActor(PreparedStatement actor, PreparedStatement alias, long id, String kind, String name,
                                    String country) throws SQLException {
        actor.setLong(1, id);
        actor.setString(2, kind);
        actor.setString(3, name);
        actor.setString(4, NameKey.key(name));
        actor.setString(5, country);
        actor.executeUpdate();
        alias.setLong(1, id);
        alias.setString(2, name);
        alias.setString(3, NameKey.key(name));
        alias.executeUpdate();
    }

    /** Each official's title from the first to the last day seen; foreign ministers in their ministry. */
    private void writeTitles(Connection c, Map<String, Long> ids, Map<Long, String[]> seen) throws SQLException {
        try (PreparedStatement title = c.prepareStatement("INSERT INTO actor_titles (actor_id, title, title_folded,"
                + " first_seen, last_seen, evidence, article_id) VALUES (?, ?, ?, ?, ?, NULL, NULL)");
             PreparedStatement member = c.prepareStatement("INSERT INTO actor_memberships (person_id,"
                + " organisation_id, role, first_seen, last_seen, evidence) VALUES (?, ?, 'minister', ?, ?, NULL)")) {
            for (String[] p : people) {
                long id = ids.get(p[0]);
                String[] range = seen.get(id);
                if (range == null) {
                    continue;
                }
                title.setLong(1, id);
                title.setString(2, p[2]);
                title.setString(3, p[2].toLowerCase(Locale.ROOT));
                title.setString(4, range[0]);
                title.setString(5, range[1]);
                title.executeUpdate();
                if (p[2].equals("Foreign Minister")) {
                    member.setLong(1, id);
                    member.setLong(2, ids.get("Foreign Ministry of " + p[1]));
                    member.setString(3, range[0]);
                    member.setString(4, range[1]);
                    member.executeUpdate();
                }
            }
        }
    }
}
