package org.parley.clean;

/**
 * The place and date an agency story opens with: "BEIJING, Oct. 31 (Xinhua) --",
 * "MOSCOW, December 2. /TASS/.", "July 12, 2023 BEIJING –". Any part may be missing (null).
 *
 * @param place the city as written ("BEIJING" is kept as written; callers normalise case)
 * @param year  the year if the dateline gives one
 * @param month 1..12 if given
 * @param day   1..31 if given
 */
public record Dateline(String place, Integer year, Integer month, Integer day) {

    public static final Dateline NONE = new Dateline(null, null, null, null);

    public boolean hasDate() {
        return month != null && day != null;
    }
}
