package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rewriting of CoreNLP's gazetteer lines, on lines written here (no model is loaded). */
class FineGrainedGazetteerTest {

    @Test
    void entryWithAPlainWordIsKeptAsItIs() {
        assertEquals(List.of("new york\tCITY\tLOCATION\t1"), FineGrainedGazetteer.rewrite("new york\tCITY\tLOCATION\t1"));
        assertEquals(List.of("secretary of .*\tTITLE"), FineGrainedGazetteer.rewrite("secretary of .*\tTITLE"));
    }

    @Test
    void typesTheExtractorDoesNotReadAreLeftOut() {
        assertEquals(List.of(), FineGrainedGazetteer.rewrite("communism\tIDEOLOGY\tMISC\t1"));
        assertEquals(List.of(), FineGrainedGazetteer.rewrite("@[A-Za-z_][a-zA-Z_0-9]*\tHANDLE\tMISC\t1"));
    }

    @Test
    void escapedPeriodsAndAccentsBecomeQuotedWords() {
        assertEquals(List.of("( \"gen.\" )\tTITLE\tMISC\t1"), FineGrainedGazetteer.rewrite("gen\\.\tTITLE\tMISC\t1"));
        assertEquals(List.of("( \"côte\" \"d'ivoire\" )\tCOUNTRY\tLOCATION"),
                FineGrainedGazetteer.rewrite("côte d'ivoire\tCOUNTRY\tLOCATION"));
    }

    @Test
    void optionalPeriodsBecomeOneEntryPerSpelling() {
        assertEquals(List.of("NY\tSTATE_OR_PROVINCE", "( \"N.Y\" )\tSTATE_OR_PROVINCE",
                        "( \"NY.\" )\tSTATE_OR_PROVINCE", "( \"N.Y.\" )\tSTATE_OR_PROVINCE"),
                FineGrainedGazetteer.rewrite("N\\.?Y\\.?\tSTATE_OR_PROVINCE"));
        assertEquals(List.of("usa\tCOUNTRY", "( \"usa.\" )\tCOUNTRY"),
                FineGrainedGazetteer.rewrite("usa\\.?\tCOUNTRY"));
    }

    @Test
    void realPatternsWithoutAPlainWordAreLeftOut() {
        assertEquals(List.of(), FineGrainedGazetteer.rewrite("P[Aa]\\.?\tSTATE_OR_PROVINCE"));
        assertEquals(List.of(), FineGrainedGazetteer.rewrite("secretary-of-.*\tTITLE"));
    }
}
