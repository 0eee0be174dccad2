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
import org.parley.store.SqliteStore;
import org.sqlite.SQLiteConfig;

/**
 * Generates a large database of invented events for benchmarks: 2,000 officials of 40 countries (a few
 * countries and people far busier than the rest, as in the news), events over ten years, four events to an
 * article. Written with the store's schema (migrated by {@link SqliteStore#open}) in one transaction with
 * prepared statements; the read model's triggers fill its keys and search index as rows go in.
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
            try (PreparedStatement article = c.prepareStatement("INSERT INTO articles (id, source_id, origin, url,"
                    + " title, published, published_how, text, cleaned_text, ingested_at)"
                    + " VALUES (?, ?, 'synthetic', NULL, ?, ?, 'date header', ?, ?, ?)");
                 PreparedStatement event = c.prepareStatement("INSERT INTO events (id, article_id, position, type,"
                    + " status, date_start, date_end, date_precision, date_source, date_text, location, mechanism,"
                    + " cameo, confidence, evidence, evidence_begin, evidence_end)"
                    + " VALUES (?, ?, ?, ?, ?, ?, NULL, 'day', 'explicit', ?, ?, NULL, '042', 0.8, ?, ?, ?)");
                 PreparedStatement participant = c.prepareStatement("INSERT INTO event_participants"
                    + " (event_id, position, name, name_folded, country, title) VALUES (?, ?, ?, ?, ?, ?)")) {
                String now = Instant.now().toString();
                long id = 0;
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
                    article.setString(1, articleId);
                    article.setString(2, "synthetic-" + a);
                    article.setString(3, "Diplomatic round-up " + a);
                    article.setString(4, day.toString());
                    article.setString(5, text.toString());
                    article.setString(6, text.toString());
                    article.setString(7, now);
                    article.executeUpdate();
                    for (Object[] r : rows) {
                        String sentence = (String) r[5];
                        int begin = (int) r[6];
                        event.setLong(1, (long) r[0]);
                        event.setString(2, articleId);
                        event.setInt(3, (int) r[1]);
                        event.setString(4, (String) r[2]);
                        event.setString(5, (String) r[3]);
                        event.setString(6, (String) r[4]);
                        event.setString(7, "on " + r[4]);
                        event.setString(8, sentence.contains(" of ") ? "Capital" : null);
                        event.setString(9, sentence);
                        event.setInt(10, begin);
                        event.setInt(11, begin + sentence.length());
                        event.executeUpdate();
                        int position = 0;
                        for (int p = 7; p <= 9; p++) {
                            String[] who = (String[]) r[p];
                            if (who != null) {
                                participant.setLong(1, (long) r[0]);
                                participant.setInt(2, position++);
                                participant.setString(3, who[0]);
                                participant.setString(4, who[0].toLowerCase(Locale.ROOT));
                                participant.setString(5, who[1]);
                                participant.setString(6, who[2]);
                                participant.executeUpdate();
                            }
                        }
                    }
                }
            }
            c.commit();
        }
    }
}
