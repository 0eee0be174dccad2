package org.parley.lexicon;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The offices the office-holder table records, by the code the TSV file uses. */
public enum Office {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    FOREIGN_MINISTER,
    DEFENCE_MINISTER,
    /** Speaker or chair of one chamber of parliament; the row's body names the chamber. */
    SPEAKER,
    /** Leader of the ruling party; the row's body names the party. */
    PARTY_LEADER,
    /** Vice-president (China's state vice-president, the US vice-president). */
    VICE_PRESIDENT,
    /** Member of the CPC Politburo Standing Committee. */
    POLITBURO_STANDING_COMMITTEE,
    SECURITY_COUNCIL_SECRETARY,
    /** The head of state's own adviser on foreign policy (Kremlin aide, CFAC office director, national security adviser). */
    FOREIGN_POLICY_ADVISER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Office> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst();
    }

    static String codes() {
        return Arrays.stream(values()).map(Office::code).collect(Collectors.joining(", "));
    }
}
