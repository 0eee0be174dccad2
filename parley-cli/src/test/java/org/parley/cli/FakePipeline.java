package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.clean.CleanText;
import org.parley.clean.Dateline;
import org.parley.clean.OffsetMap;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;
import org.parley.model.Participant;
import org.parley.model.Person;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;
import org.parley.pipeline.Pipeline;
import org.parley.stage.Stage;

/**
 * A real {@link Pipeline} with cheap stages, for tests of the command line where CoreNLP is not
 * under test: lines are sentences, and one sentence pattern is an event:
 * "Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05." (met, called, visited, wrote to).
 * A text containing "EXPLODE" makes the NLP stage throw, as a parser might on strange input.
 */
final class FakePipeline {

    private static final Pattern EVENT = Pattern.compile("([A-Z]\\w+ [A-Z]\\w+) of ([A-Z]{3}) (met|called|visited|wrote to)"
            + " ([A-Z]\\w+ [A-Z]\\w+) of ([A-Z]{3})(?: in ([A-Z]\\w+))?(?: on (\\d{4}-\\d{2}-\\d{2}))?\\.");

    private FakePipeline() {
    }

    static Pipeline create() {
        return create(0);
    }

    /** @param millisPerArticle how long the NLP stage pretends to work on each article */
    static Pipeline create(long millisPerArticle) {
        Stage<Article, CleanText> clean = a -> new CleanText(a, a.text(), OffsetMap.identity(a.text().length()),
                a.published(), null, Dateline.NONE);
        Stage<CleanText, ParsedText> nlp = c -> {
            if (c.text().contains("EXPLODE")) {
                throw new IllegalStateException("parser gave up on this text");
            }
            sleep(millisPerArticle);
            return new ParsedText(c, lines(c.text()), List.of());
        };
        return new Pipeline(clean, nlp, FakePipeline::extract);
    }

    /** How many events {@link #create()} finds in a text. */
    static int eventsIn(String text) {
        int n = 0;
        for (Matcher m = EVENT.matcher(text); m.find(); ) {
            n++;
        }
        return n;
    }

    private static List<Sentence> lines(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                sentences.add(new Sentence(sentences.size(), begin, begin + line.length(), line, List.of()));
            }
            begin += line.length() + 1;
        }
        return sentences;
    }

    private static Extraction extract(ParsedText parsed) {
        CleanText clean = parsed.clean();
        List<Event> events = new ArrayList<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Sentence s : parsed.sentences()) {
            for (Matcher m = EVENT.matcher(s.text()); m.find(); ) {
                EventType type = switch (m.group(3)) {
                    case "met" -> EventType.MEETING;
                    case "called" -> EventType.CALL;
                    case "visited" -> EventType.VISIT;
                    default -> EventType.MESSAGE;
                };
                EventDate date = m.group(7) == null ? EventDate.UNKNOWN
                        : new EventDate(FuzzyDate.day(LocalDate.parse(m.group(7))), null, DateSource.EXPLICIT, m.group(7));
                List<Participant> participants = List.of(new Participant(m.group(1), m.group(2), null),
                        new Participant(m.group(4), m.group(5), null));
                Evidence evidence = new Evidence(clean.article().id(), s.text(),
                        clean.offsets().toOriginal(s.begin()), clean.offsets().toOriginalEnd(s.end()));
                events.add(new Event(type, EventStatus.OCCURRED, date, m.group(6), participants, null, evidence,
                        "040", 0.8));
                for (Participant p : participants) {
                    persons.putIfAbsent(p.name(), new Person(p.name(), p.country(), List.of(), List.of()));
                }
            }
        }
        return new Extraction(clean.article(), clean.published(), clean.publishedHow(), clean.text(), events,
                List.copyOf(persons.values()));
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
