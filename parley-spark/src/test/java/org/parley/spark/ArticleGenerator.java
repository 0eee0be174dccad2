package org.parley.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.parley.ingest.dedup.NearDuplicateIndex;
import org.parley.ingest.dedup.NearDuplicates;

/**
 * Distinct news articles about diplomatic exchanges, written from templates for measurements: invented
 * ministers of real countries meet, visit, call and sign, on dates over six years; about one article in
 * six is a second report of an earlier one's occasion, a day or two later and worded differently (some
 * across a month's end). No two are near duplicates by Parley's own test (SimHash of word 5-grams, within
 * {@value NearDuplicateIndex#DEFAULT_MAX_DISTANCE} bits): a draft closer than {@value #MIN_DISTANCE} bits
 * to one already written is drawn again. Same seed, same articles.
 *
 * <p>Arguments: output folder, number of articles, seed (optional, 12 by default).
 */
public final class ArticleGenerator {

    /** Bits a new article must differ from every earlier one: a margin above the near-duplicate threshold. */
    static final int MIN_DISTANCE = NearDuplicateIndex.DEFAULT_MAX_DISTANCE + 6;

    private record Country(String demonym, String capital, List<String> ministers) {
    }

    private record Person(Country country, String title, String name) {
        String described() {
            return country.demonym() + " " + title + " " + name;
        }

        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    /** An occasion drafted for a first report, kept for a second one. */
    private record Occasion(Person host, Person guest, String city, LocalDate day, String topic) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("Austrian", "Vienna", List.of("Klara Steinbichler", "Matthias Oberhuber", "Ruth Pfandl")),
            new Country("Belgian", "Brussels", List.of("Lieve Vandamme", "Jerome Dufossez", "Pieter Goossaert")),
            new Country("Chilean", "Santiago", List.of("Camila Irarrazaval", "Tomas Errazuriz", "Valeria Munita")),
            new Country("Croatian", "Zagreb", List.of("Ivana Kovacevic", "Dario Juricev", "Marko Tomljenovic")),
            new Country("Czech", "Prague", List.of("Pavel Novak", "Tereza Blahova", "Ondrej Kratochvil")),
            new Country("Danish", "Copenhagen", List.of("Mette Skovgaard", "Rasmus Thygesen", "Signe Holmegaard")),
            new Country("Egyptian", "Cairo", List.of("Tarek Mansour", "Nadia Fahmy", "Youssef Radwan")),
            new Country("Estonian", "Tallinn", List.of("Liis Tamm", "Rein Saar", "Kadri Koppel")),
            new Country("Finnish", "Helsinki", List.of("Tomas Lind", "Aino Hakkarainen", "Juhani Koskela")),
            new Country("Ghanaian", "Accra", List.of("Kwame Asante", "Akosua Boateng", "Yaw Ofori")),
            new Country("Greek", "Athens", List.of("Eleni Papadaki", "Nikos Stavridis", "Dimitra Kalogeraki")),
            new Country("Hungarian", "Budapest", List.of("Zsofia Kertesz", "Bence Halasz", "Gabor Varkonyi")),
            new Country("Irish", "Dublin", List.of("Siobhan Kearney", "Declan Moriarty", "Aoife Gallagher")),
            new Country("Japanese", "Tokyo", List.of("Haruka Onodera", "Kenji Morimoto", "Sayuri Takamura")),
            new Country("Kenyan", "Nairobi", List.of("Wanjiru Kamau", "Otieno Odhiambo", "Achieng Mboya")),
            new Country("Latvian", "Riga", List.of("Karlis Ozols", "Ilze Berzina", "Janis Kalnins")),
            new Country("Lithuanian", "Vilnius", List.of("Rasa Jankauskiene", "Mindaugas Petrauskas", "Egle Vaitkute")),
            new Country("Mexican", "Mexico City", List.of("Ximena Alvarado", "Rodrigo Quintanar", "Lucia Cervantes")),
            new Country("Moroccan", "Rabat", List.of("Karim Benjelloun", "Salma Tazi", "Hicham Alaoui")),
            new Country("Norwegian", "Oslo", List.of("Anna Berg", "Eirik Haugland", "Ingrid Solbakken")),
            new Country("Peruvian", "Lima", List.of("Mariela Huaman", "Javier Quispe", "Rosa Villanueva")),
            new Country("Polish", "Warsaw", List.of("Marta Nowak", "Krzysztof Zielinski", "Agnieszka Wrobel")),
            new Country("Portuguese", "Lisbon", List.of("Rui Costa", "Ines Carvalho", "Duarte Meireles")),
            new Country("Romanian", "Bucharest", List.of("Andreea Popescu", "Mihai Dumitrescu", "Ioana Stanciu")),
            new Country("Senegalese", "Dakar", List.of("Aminata Diallo", "Moussa Ndiaye", "Fatou Sarr")),
            new Country("Slovak", "Bratislava", List.of("Zuzana Hrusovska", "Marek Kollar", "Lenka Sabova")),
            new Country("Spanish", "Madrid", List.of("Lucia Sanchez", "Alvaro Echeverria", "Nuria Valcarcel")),
            new Country("Swedish", "Stockholm", List.of("Karin Lindqvist", "Oskar Wennberg", "Elsa Hedlund")),
            new Country("Thai", "Bangkok", List.of("Siriporn Chaiyasit", "Anan Wongsakul", "Malee Phromsiri")),
            new Country("Vietnamese", "Hanoi", List.of("Nguyen Thi Lan", "Tran Van Minh", "Le Hoang Phuc")));

    private static final List<String> TITLES = List.of("Foreign Minister", "Foreign Minister", "Prime Minister");
    private static final List<String> TOPICS = List.of("fisheries", "rail links", "energy supplies", "migration",
            "grain exports", "visa rules", "a free trade accord", "cyber security", "port investment",
            "climate finance", "university exchanges", "water management", "border crossings", "tourism",
            "pharmaceutical trade", "shipping lanes", "electricity grids", "debt relief", "space research",
            "wine tariffs", "forest protection", "undersea cables", "vaccine production", "aviation rights");
    private static final List<String> SOURCES = List.of("the foreign ministry said", "officials said",
            "a government spokesperson said", "according to a joint statement", "diplomats said",
            "the prime minister's office said", "the state news agency reported");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String[] ABBREVIATED = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec."};

    private final Random random;
    private final List<Occasion> occasions = new ArrayList<>();

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        List<String> articles = new ArticleGenerator(seed).articles(count);
        for (int i = 0; i < articles.size(); i++) {
            Files.writeString(out.resolve(String.format(Locale.ROOT, "gen-%05d.txt", i)), articles.get(i));
        }
        System.out.println(articles.size() + " articles in " + out);
    }

    /** {@code count} articles, none within {@link #MIN_DISTANCE} bits of another. */
    List<String> articles(int count) {
        List<String> out = new ArrayList<>();
        long[] fingerprints = new long[count];
        while (out.size() < count) {
            String draft = article();
            long f = NearDuplicates.fingerprint(draft);
            boolean distinct = true;
            for (int i = 0; i < out.size() && distinct; i++) {
                distinct = NearDuplicates.distance(f, fingerprints[i]) >= MIN_DISTANCE;
            }
            if (distinct) {
                fingerprints[out.size()] = f;
                out.add(draft);
            }
        }
        return out;
    }

    private String article() {
        if (!occasions.isEmpty() && random.nextInt(6) == 0) {
            return secondReport(occasions.get(random.nextInt(occasions.size())));
        }
        Country a = pick(COUNTRIES);
        Country b = pick(COUNTRIES);
        while (b == a) {
            b = pick(COUNTRIES);
        }
        Person guest = person(a);
        Person host = person(b);
        LocalDate published = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        LocalDate day = published.minusDays(random.nextInt(3));
        Occasion o = new Occasion(host, guest, host.country().capital(), day, pick(TOPICS));
        occasions.add(o);
        String lead = switch (random.nextInt(9)) {
            case 0 -> guest.described() + " met " + host.described() + " in " + o.city() + " on " + weekday(day) + ".";
            case 1 -> guest.described() + " held talks with " + host.described() + " in " + o.city() + " on "
                    + weekday(day) + ", " + pick(SOURCES) + ".";
            case 2 -> guest.described() + " and " + host.described() + " met in " + o.city() + " on " + weekday(day)
                    + " to discuss " + o.topic() + ".";
            case 3 -> guest.described() + " visited " + o.city() + " on " + weekday(day) + ", where " + guest.surname()
                    + " met " + host.described() + ".";
            case 4 -> guest.described() + " arrived in " + o.city() + " on " + weekday(day)
                    + " for a two-day visit and held talks with " + host.described() + ".";
            case 5 -> guest.described() + " spoke by telephone with " + host.described() + " on " + weekday(day)
                    + " about " + o.topic() + ".";
            case 6 -> guest.described() + " and " + host.described() + " discussed " + o.topic()
                    + " in a phone call on " + weekday(day) + ", " + pick(SOURCES) + ".";
            case 7 -> guest.described() + " and " + host.described() + " signed an agreement on " + o.topic() + " in "
                    + o.city() + " on " + weekday(day) + ".";
            default -> guest.described() + " will visit " + o.city() + " next week for talks with " + host.described()
                    + ", " + pick(SOURCES) + ".";
        };
        return headline(o) + "\n\n" + dateline(guest.country().capital(), published, o) + lead + "\n\n" + background(o);
    }

    /** The same occasion a day or two later, with its date spelled out and other words. */
    private String secondReport(Occasion o) {
        LocalDate published = o.day().plusDays(1 + random.nextInt(2));
        String on = "on " + MONTHS.get(o.day().getMonthValue() - 1) + " " + o.day().getDayOfMonth();
        String lead = switch (random.nextInt(3)) {
            case 0 -> o.host().described() + " received " + o.guest().described() + " in " + o.city() + " " + on
                    + ", " + pick(SOURCES) + " on " + weekday(published) + ".";
            case 1 -> o.guest().described() + " held talks with " + o.host().described() + " in " + o.city() + " " + on
                    + ", the talks focusing on " + o.topic() + ".";
            default -> "In talks in " + o.city() + " " + on + ", " + o.host().described() + " and "
                    + o.guest().described() + " agreed to meet again within a year.";
        };
        return o.guest().surname() + " and " + o.host().surname() + " follow up on " + o.topic() + "\n\n"
                + dateline(o.host().country().capital(), published, o) + lead + "\n\n" + background(o);
    }

    private String headline(Occasion o) {
        return switch (random.nextInt(4)) {
            case 0 -> o.guest().surname() + " and " + o.host().surname() + " discuss " + o.topic();
            case 1 -> o.guest().country().demonym() + " and " + o.host().country().demonym() + " leaders talk "
                    + o.topic();
            case 2 -> o.topic().substring(0, 1).toUpperCase(Locale.ROOT) + o.topic().substring(1) + " on the agenda in "
                    + o.city();
            default -> o.guest().surname() + " in talks with " + o.host().country().demonym() + " counterpart";
        };
    }

    private String dateline(String city, LocalDate published, Occasion o) {
        return city.toUpperCase(Locale.ROOT) + ", " + ABBREVIATED[published.getMonthValue() - 1] + " "
                + published.getDayOfMonth() + ", " + published.getYear() + " -- ";
    }

    /** Two or three sentences with no people in them, different from article to article. */
    private String background(Occasion o) {
        List<String> pool = new ArrayList<>(List.of(
                "Trade between the two countries was worth about " + (2 + random.nextInt(40)) + "."
                        + random.nextInt(10) + " billion dollars in " + (o.day().getYear() - 1) + ".",
                "A working group on " + pick(TOPICS) + " is due to report by " + pick(MONTHS) + ".",
                "Talks on " + pick(TOPICS) + " have stalled since " + pick(MONTHS) + " " + (o.day().getYear() - 1
                        - random.nextInt(4)) + ", when a draft text was rejected.",
                "Business groups have pressed both governments for " + (1 + random.nextInt(9)) * 10
                        + " new flights a week.",
                "Some " + (1 + random.nextInt(90)) * 100 + " " + o.guest().country().demonym()
                        + " nationals live and work in " + o.host().country().demonym() + " cities.",
                "The two sides said they would also look at " + pick(TOPICS) + " and " + pick(TOPICS) + ".",
                "Critics at home called the outcome " + pick(List.of("modest", "overdue", "thin", "encouraging",
                        "a step forward", "largely symbolic")) + ".",
                "Opposition lawmakers asked for a debate on " + pick(TOPICS) + " before the " + pick(MONTHS)
                        + " recess.",
                "Analysts expect a " + pick(List.of("joint commission", "new consulate", "ferry service",
                        "research fund", "customs pilot")) + " to follow within " + (2 + random.nextInt(22))
                        + " months."));
        java.util.Collections.shuffle(pool, random);
        return String.join(" ", pool.subList(0, 2 + random.nextInt(2))) + "\n";
    }

    private Person person(Country c) {
        String name = pick(c.ministers());
        int index = c.ministers().indexOf(name);
        return new Person(c, TITLES.get(index % TITLES.size()), name);
    }

    private static String weekday(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
