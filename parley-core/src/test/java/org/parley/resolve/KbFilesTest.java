package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ActorQuery;
import org.parley.store.SqliteStore;
import org.parley.store.StoredActor;

/** Actor lists in the Phoenix dictionary format, CSV and JSON, and what importing one does to resolution. */
class KbFilesTest {

    /** A tiny dictionary in the petrarch2 layout, about invented officials. */
    private static final List<String> DICTIONARY = List.of(
            "# comment line",
            "NORWAY_  [NOR]",
            "+NORWEGIAN_",
            "ANNA_BERG_  # CountryInfo.txt",
            "+ANNA_K._BERG_",
            "+BERG",
            "+NORWEGIAN_FOREIGN_MINISTER_ANNA_BERG_",
            "\t[NORGOVLEG 050103-130201] # Member of parliament",
            "\t[NORGOV >20130202]  # Foreign Minister",
            "NORDIC_FISHERIES_COUNCIL_ [IGOFIS]");

    @TempDir
    Path tmp;

    @Test
    void phoenixEntriesBecomePersonsWithSynonymsAndDateBoundedRoles() {
        List<KbEntry> entries = PhoenixDictionary.parse(DICTIONARY);
        assertEquals(2, entries.size());
        KbEntry berg = entries.get(0);
        assertEquals("Anna Berg", berg.name());
        assertEquals("NOR", berg.country());
        assertEquals(List.of("Anna K. Berg", "Berg"), berg.aliases());
        assertEquals(List.of(new KbEntry.Role("Member of parliament", "NORGOVLEG", "2005-01-03", "2013-02-01"),
                new KbEntry.Role("Foreign Minister", "NORGOV", "2013-02-02", null)), berg.roles());
        assertEquals("organisation", entries.get(1).kind());
        assertEquals("IGOFIS", entries.get(1).code());
    }

    @Test
    void anImportedDictionaryResolvesALaterMentionAndAnswersWhoHeldATitle() throws IOException {
        Path dict = tmp.resolve("nordic.actors.txt");
        Files.write(dict, DICTIONARY);
        try (SqliteStore store = SqliteStore.open(tmp.resolve("kb.db"))) {
            store.importActors(KbFiles.read(dict));
            store.save(Reports.article("a1", "2020-05-01").person("Anna K. Berg", null, "Foreign Minister").build());
            List<StoredActor> persons = store.actors(ActorQuery.ALL).stream().filter(a -> a.kind().equals("person")).toList();
            assertEquals(1, persons.size());
            assertEquals("NOR", persons.get(0).country()); // the side comes from the dictionary's code
            List<StoredActor> minister = store.actors(new ActorQuery("NOR", null, "foreign minister",
                    java.time.LocalDate.of(2014, 6, 1)));
            assertEquals(List.of("Anna Berg"), minister.stream().map(StoredActor::name).toList());
            assertEquals("NORGOV", minister.get(0).code());
            store.rebuildKnowledgeBase();
            assertEquals(1, store.actors(ActorQuery.ALL).stream().filter(a -> a.kind().equals("person")).count());
        }
    }

    @Test
    void csvAndJsonExportsReadBackAsTheSameEntries() throws IOException {
        List<KbEntry> entries = List.of(new KbEntry("person", "Anna Berg", "NOR", "NORGOV", List.of("Berg", "A. Berg"),
                List.of(new KbEntry.Role("Foreign Minister, acting", null, "2013-02-02", "2015-01-01"))));
        for (String name : List.of("list.csv", "list.json")) {
            Path file = tmp.resolve(name);
            KbFiles.write(entries, file);
            assertEquals(entries, KbFiles.read(file), name);
        }
        Path phoenix = tmp.resolve("list.txt");
        KbFiles.write(List.of(new KbEntry("person", "Anna Berg", "NOR", "NORGOV", List.of("Berg"),
                List.of(new KbEntry.Role("Foreign Minister", "NORGOV", "2013-02-02", null)))), phoenix);
        assertTrue(Files.readString(phoenix).contains("\t[NORGOV >20130202]  # Foreign Minister"));
        assertEquals("Anna Berg", KbFiles.read(phoenix).get(0).name());
    }

    @Test
    void anOfficeHolderTableImportsOnePersonPerNameWithEveryTermAsATitle() throws IOException {
        Path table = tmp.resolve("nordic-offices.tsv");
        Files.writeString(table, String.join("\n",
                "# invented officials",
                "NOR\tforeign_minister\t\tAnna Berg\tAnna K. Berg\t2013-02-02\t2015-01\t",
                "NOR\thead_of_government\t\tAnna Berg\t\t2015-02\t\t",
                "NOR\tspeaker\tStorting\tOle Dahl\t\t2013\t\tpresident of the Storting", ""));
        List<KbEntry> entries = KbFiles.read(table);
        assertEquals(List.of(
                new KbEntry("person", "Anna Berg", "NOR", null, List.of("Anna K. Berg"), List.of(
                        new KbEntry.Role("foreign minister", null, "2013-02-02", "2015-01-31"),
                        new KbEntry.Role("head of government", null, "2015-02-01", null))),
                new KbEntry("person", "Ole Dahl", "NOR", null, List.of(),
                        List.of(new KbEntry.Role("speaker of the Storting", null, "2013-01-01", null)))), entries);
        try (SqliteStore store = SqliteStore.open(tmp.resolve("offices.db"))) {
            store.importActors(entries);
            List<StoredActor> minister = store.actors(new ActorQuery("NOR", null, "foreign minister",
                    java.time.LocalDate.of(2014, 6, 1)));
            assertEquals(List.of("Anna Berg"), minister.stream().map(StoredActor::name).toList());
        }
    }

    @Test
    void aBadOfficeHolderRowNamesTheFileAndLineAndNothingIsWrittenAsTsv() throws IOException {
        Path table = tmp.resolve("bad.tsv");
        Files.writeString(table, "NOR\tforeign_minister\t\tAnna Berg\t\t2013\t\t\nNOR\tminister\t\tOle Dahl\t\t2013\t\t\n");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> KbFiles.read(table));
        assertTrue(e.getMessage().startsWith(table + " line 2: office 'minister'"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> KbFiles.write(List.of(), tmp.resolve("out.tsv")));
    }
}
