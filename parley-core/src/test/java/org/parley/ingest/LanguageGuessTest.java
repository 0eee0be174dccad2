package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void englishNewsIsEnglish() {
        LanguageGuess guess = LanguageGuess.of("The foreign ministers of Veloria and Ostmark met in Port Aldane on Monday. "
                + "Minister Ilsa Varn said the two governments had agreed to reopen the consulates, and that trade "
                + "officials would meet again in September.");
        assertEquals("en", guess.language());
        assertTrue(guess.isEnglish(), guess.toString());
    }

    @Test
    void otherLatinScriptLanguagesAreNotEnglish() {
        assertEquals("fr", LanguageGuess.of("Les ministres des affaires étrangères se sont rencontrés lundi à Port Aldane. "
                + "Elle a dit que les deux gouvernements ont accepté de rouvrir les consulats dans les capitales.").language());
        assertEquals("de", LanguageGuess.of("Die Außenminister der beiden Länder haben sich am Montag getroffen. Sie sagte, "
                + "dass die Regierungen sich auf die Wiedereröffnung der Konsulate geeinigt hätten und es auch weitere Gespräche gibt.").language());
        LanguageGuess spanish = LanguageGuess.of("Los ministros de asuntos exteriores se reunieron el lunes en Port Aldane. "
                + "Ella dijo que los dos gobiernos acordaron reabrir los consulados en las capitales y que habrá más reuniones para el comercio.");
        assertEquals("es", spanish.language());
        assertTrue(spanish.isConfidentlyNotEnglish(), spanish.toString());
    }

    @Test
    void otherScriptsAreNamedByScript() {
        assertEquals("und-Cyrl", LanguageGuess.of("Министры иностранных дел встретились в понедельник в столице и договорились.").language());
        assertEquals("ja", LanguageGuess.of("外務大臣は月曜日に会談し、領事館の再開で合意しました。両国の関係は改善しています。").language());
        assertTrue(LanguageGuess.of("Министры иностранных дел встретились в понедельник в столице.").isConfidentlyNotEnglish());
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals(new LanguageGuess("und", 0), LanguageGuess.of("Lorn 2024"));
        assertEquals(new LanguageGuess("und", 0), LanguageGuess.of(""));
        assertEquals(new LanguageGuess("und", 0), LanguageGuess.of(null));
        assertFalse(LanguageGuess.of("Veloria Ostmark Varn Brekke Aldane").isConfidentlyNotEnglish());
    }

    @Test
    void shortEnglishHeadlineIsEnglishButLessSure() {
        LanguageGuess guess = LanguageGuess.of("Envoy of Ostmark recalled to the capital for talks");
        assertEquals("en", guess.language());
        assertTrue(guess.confidence() < 1);
    }
}
