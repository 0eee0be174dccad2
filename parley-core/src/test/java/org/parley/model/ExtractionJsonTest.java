package org.parley.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.eval.EvalEvent;
import org.parley.eval.EvalPerson;
import org.parley.eval.GoldFile;
import org.parley.eval.ScoreReport;
import org.parley.eval.Scorer;

class ExtractionJsonTest {

    private static final String TEXT = "Ashgrove, 12 July. Chancellor Valdane met Foreign Minister Marrow on Monday.";

    static Extraction sample() {
        Article article = new Article("tiny-a1", "fixtures/a1.txt", "https://example.org/a1", null, TEXT, null);
        Event meeting = new Event(EventType.MEETING, EventStatus.OCCURRED,
                new EventDate(FuzzyDate.day(LocalDate.of(2023, 7, 10)), null, DateSource.RELATIVE, "on Monday"),
                "Ashgrove",
                List.of(new Participant("Rupert Valdane", "GEN", "Chancellor"),
                        new Participant("Ilse Marrow", "FRD", "Foreign Minister")),
                null, new Evidence("tiny-a1", TEXT.substring(19), 19, TEXT.length()), "040", 0.75,
                List.of("meet.met"));
        Event visit = new Event(EventType.VISIT, EventStatus.PLANNED,
                new EventDate(FuzzyDate.month(2023, 8), FuzzyDate.month(2023, 9), DateSource.EXPLICIT, "in August"),
                null, List.of(new Participant("Tobias Quell", null, null)),
                null, new Evidence("tiny-a1", "Quell will visit.", 0, 17), "036", 0.5);
        Event session = new Event(EventType.SESSION, EventStatus.OCCURRED, EventDate.UNKNOWN, null, List.of(),
                "2nd Ashgrove Forum", new Evidence("tiny-a1", "The forum met.", 0, 14), "043", 1.0);
        Person valdane = new Person("Rupert Valdane", "GEN", List.of("Chancellor"), List.of("Valdane"));
        Person quell = new Person("Tobias Quell", null, List.of(), List.of());
        return new Extraction(article, LocalDate.of(2023, 7, 12), "dateline", TEXT,
                List.of(meeting, visit, session), List.of(valdane, quell));
    }

    @Test
    void writesTheGoldSchemaWithParleysExtrasInAFixedOrder() {
        String expected = """
                {
                  "id": "tiny-a1",
                  "url": "https://example.org/a1",
                  "published": "2023-07-12",
                  "published_source": "dateline",
                  "origin": "fixtures/a1.txt",
                  "events": [
                    {
                      "type": "meeting",
                      "status": "occurred",
                      "date": "2023-07-10",
                      "date_end": null,
                      "date_source": "relative",
                      "date_text": "on Monday",
                      "location": "Ashgrove",
                      "participants": [
                        {
                          "name": "Rupert Valdane",
                          "country": "GEN",
                          "title": "Chancellor"
                        },
                        {
                          "name": "Ilse Marrow",
                          "country": "FRD",
                          "title": "Foreign Minister"
                        }
                      ],
                      "mechanism": null,
                      "evidence": "Chancellor Valdane met Foreign Minister Marrow on Monday.",
                      "evidence_begin": 19,
                      "evidence_end": 76,
                      "cameo": "040",
                      "confidence": 0.75,
                      "rules": [
                        "meet.met"
                      ]
                    },
                    {
                      "type": "visit",
                      "status": "planned",
                      "date": "2023-08",
                      "date_end": "2023-09",
                      "date_source": "explicit",
                      "date_text": "in August",
                      "location": null,
                      "participants": [
                        {
                          "name": "Tobias Quell",
                          "country": null,
                          "title": null
                        }
                      ],
                      "mechanism": null,
                      "evidence": "Quell will visit.",
                      "evidence_begin": 0,
                      "evidence_end": 17,
                      "cameo": "036",
                      "confidence": 0.5,
                      "rules": []
                    },
                    {
                      "type": "session",
                      "status": "occurred",
                      "date": null,
                      "date_end": null,
                      "date_source": "none",
                      "date_text": null,
                      "location": null,
                      "participants": [],
                      "mechanism": "2nd Ashgrove Forum",
                      "evidence": "The forum met.",
                      "evidence_begin": 0,
                      "evidence_end": 14,
                      "cameo": "043",
                      "confidence": 1.0,
                      "rules": []
                    }
                  ],
                  "persons": [
                    {
                      "name": "Rupert Valdane",
                      "country": "GEN",
                      "titles": [
                        "Chancellor"
                      ],
                      "aliases": [
                        "Valdane"
                      ]
                    },
                    {
                      "name": "Tobias Quell",
                      "country": null,
                      "titles": [],
                      "aliases": []
                    }
                  ]
                }
                """;
        assertEquals(expected, ExtractionJson.toJson(sample()));
    }

    @Test
    void evidenceOffsetsPointIntoTheOriginalText() {
        Event meeting = sample().events().get(0);
        assertEquals(meeting.evidence().sentence(),
                TEXT.substring(meeting.evidence().begin(), meeting.evidence().end()));
    }

    @Test
    void writesUtf8WithoutEscapingAccents(@TempDir Path dir) throws IOException {
        Extraction x = sample();
        Article accented = new Article("é-1", "o", null, null, "Zoë met Ōno.", null);
        Extraction y = new Extraction(accented, null, null, "", x.events(),
                List.of(new Person("Zoë Ōno", "SYL", List.of(), List.of())));
        Path file = dir.resolve("y.json");
        ExtractionJson.write(y, file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"name\": \"Zoë Ōno\""), written);
        assertTrue(written.contains("\"published\": null"), written);
    }

    @Test
    void whatIsWrittenReadsBackForScoring(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a1.json");
        ExtractionJson.write(sample(), file);
        GoldFile back = GoldFile.read(file);
        assertEquals("tiny-a1", back.id());
        assertEquals(new EvalEvent("meeting", "occurred", "2023-07-10", "Ashgrove",
                List.of(new EvalPerson("Rupert Valdane", "GEN"), new EvalPerson("Ilse Marrow", "FRD")), null),
                back.events().get(0));
        assertEquals(new EvalEvent("session", "occurred", null, null, List.of(), "2nd Ashgrove Forum"),
                back.events().get(2));
        assertEquals(List.of(new EvalPerson("Rupert Valdane", "GEN"), new EvalPerson("Tobias Quell", null)),
                back.persons());
    }

    @Test
    void aWrittenExtractionScoresPerfectlyAgainstItself(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        ExtractionJson.write(sample(), gold.resolve("a1.json"));
        ExtractionJson.write(sample(), pred.resolve("a1.json"));
        ScoreReport r = Scorer.score(gold, pred, w -> { });
        assertEquals(1.0, r.strictF1());
        assertEquals(1.0, r.personsFound());
    }
}
