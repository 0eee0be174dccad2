package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fine-grained step on sentences and list lines written here (no model is loaded). */
class FineGrainedTaggerTest {

    private static final FineGrainedTagger TAGGER = FineGrainedTagger.of(
            List.of("foreign minister\tTITLE\tMISC\t1",
                    "minister\tTITLE\tMISC\t1",
                    "prime minister\tTITLE\tMISC\t1",
                    "minister of state for trade\tTITLE\tMISC\t1",
                    "deputy prime\tTITLE\tMISC\t2",
                    "beijing\tCITY\tLOCATION\t1",
                    "paris\tCITY\tLOCATION\t1",
                    "russian\tNATIONALITY\tMISC\t1",
                    "china\tCOUNTRY\tLOCATION\t1",
                    "secretary of .*\tTITLE\tMISC\t1",
                    "us\tCOUNTRY\tLOCATION\t1"),
            List.of("US\tCOUNTRY\tLOCATION\t1",
                    "Georgia\tSTATE_OR_PROVINCE\tLOCATION\t1",
                    "Georgia\tCOUNTRY\tLOCATION\t2"));

    private static String[] tag(String words, String pos, String ner) {
        return TAGGER.tag(words.split(" "), pos.split(" "), ner.split(" "));
    }

    private static String[] tags(String ner) {
        return ner.split(" ");
    }

    @Test
    void caselessEntriesIgnoreCaseAndCasedOnesDoNot() {
        assertArrayEquals(tags("CITY O"), tag("BEIJING said", "NNP VBD", "LOCATION O"));
        assertArrayEquals(tags("COUNTRY"), tag("US", "NNP", "LOCATION"));
        // "us" as a pronoun: the caseless entry matches, but a PRP tag fails the POS check
        assertArrayEquals(tags("O O"), tag("told us", "VBD PRP", "O O"));
    }

    @Test
    void multiWordEntriesTagEveryWord() {
        assertArrayEquals(tags("NATIONALITY TITLE TITLE O"),
                tag("Russian Foreign Minister said", "JJ NNP NNP VBD", "MISC O O O"));
        assertArrayEquals(tags("TITLE TITLE TITLE O"),
                tag("Secretary of State arrived", "NNP IN NNP VBD", "O O O O"));
    }

    @Test
    void ofOverlappingMatchesTheHigherPriorityThenTheLongerWins() {
        // "minister of state for trade" (5 words) beats "prime minister" (2) and "minister" (1)
        assertArrayEquals(tags("O TITLE TITLE TITLE TITLE TITLE"),
                tag("prime minister of state for trade", "JJ NN IN NN IN NN", "O O O O O O"));
        // "deputy prime" has priority 2: it wins over "prime minister"; "minister" alone then tags the last word
        assertArrayEquals(tags("TITLE TITLE TITLE"),
                tag("deputy prime minister", "JJ JJ NN", "O O O"));
        // the higher-priority cased entry wins over the one read before it for the same words
        assertArrayEquals(tags("COUNTRY"), tag("Georgia", "NNP", "LOCATION"));
    }

    @Test
    void aMatchNeedsOneWordWithANounOrAdjectiveTag() {
        assertArrayEquals(tags("O O"), tag("Paris minister", "VB VB", "O O"));
        assertArrayEquals(tags("O TITLE"), tag("Paris minister", "VB NN", "O O"));
    }

    @Test
    void tagsThatNoEntryWritesAreKept() {
        assertArrayEquals(tags("PERSON"), tag("Minister", "NNP", "PERSON"));
        assertArrayEquals(tags("ORGANIZATION"), tag("China", "NNP", "ORGANIZATION"));
    }

    @Test
    void aCityEntryOverwritesOnlyTheTypesItNames() {
        assertArrayEquals(tags("CITY"), tag("Paris", "NNP", "LOCATION"));
        assertArrayEquals(tags("O"), tag("paris", "NN", "O"));
        // a country entry overwrites O, a type the lists write
        assertArrayEquals(tags("COUNTRY"), tag("china", "NN", "O"));
    }

    @Test
    void aMatchThatCutsThroughAnEntityLeavesItAlone() {
        assertArrayEquals(tags("ORGANIZATION ORGANIZATION ORGANIZATION"),
                tag("Bank of China", "NNP IN NNP", "ORGANIZATION ORGANIZATION ORGANIZATION"));
        assertArrayEquals(tags("PERSON PERSON"), tag("Paris Hilton", "NNP NNP", "PERSON PERSON"));
        // a run of LOCATION tags is always retagged, even in part
        assertArrayEquals(tags("LOCATION CITY"), tag("Central Beijing", "NNP NNP", "LOCATION LOCATION"));
    }

    @Test
    void aMatchOverMixedTagsOverwritesThem() {
        assertArrayEquals(tags("TITLE TITLE"), tag("Foreign Minister", "NNP NNP", "ORGANIZATION O"));
    }

    @Test
    void theStockListsTagTitlesNationalitiesAndCities() {
        FineGrainedTagger stock = FineGrainedTagger.stock();
        assertArrayEquals(tags("NATIONALITY TITLE TITLE O O O CITY"),
                stock.tag("Russian Foreign Minister arrived in the Beijing".split(" "),
                        "JJ NNP NNP VBD IN DT NNP".split(" "),
                        "MISC O O O O O LOCATION".split(" ")));
    }
}
