package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.Extraction;
import org.parley.model.FuzzyDate;

class ExtractionCodecTest {

    @Test
    void aPublicationDateKnownToItsMonthCrossesTheShuffleAsAMonth() {
        Article article = new Article("m1", "feed.jsonl:1", "https://wire.example.org/2023/03/talks", null,
                "Envoys met in Lorn.", LocalDate.of(2023, 3, 1), DatePrecision.MONTH);
        Extraction x = new Extraction(article, LocalDate.of(2023, 3, 1), "source", "Envoys met in Lorn.", List.of(),
                List.of(), DatePrecision.MONTH);
        Extraction back = ExtractionCodec.decode(ExtractionCodec.encode(x));
        assertEquals(DatePrecision.MONTH, back.article().publishedPrecision());
        assertEquals(FuzzyDate.month(2023, 3), back.publishedDate());
    }

    @Test
    void aPublicationDayStaysADay() {
        Article article = new Article("d1", "a.txt", null, null, "Envoys met in Lorn.", LocalDate.of(2023, 3, 9));
        Extraction x = new Extraction(article, LocalDate.of(2023, 3, 9), "source", "Envoys met in Lorn.", List.of(),
                List.of());
        Extraction back = ExtractionCodec.decode(ExtractionCodec.encode(x));
        assertEquals(FuzzyDate.day(LocalDate.of(2023, 3, 9)), back.publishedDate());
        assertEquals(DatePrecision.DAY, back.article().publishedPrecision());
    }
}
