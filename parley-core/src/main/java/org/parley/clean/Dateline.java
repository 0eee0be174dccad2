package org.parley.clean;

/**
 * The place and date an agency story opens with: "BEIJING, Oct. 31 (Xinhua) --",
 * "MOSCOW, December 2. /TASS/.", "July 12, 2023 BEIJING –". Any part may be missing (null).
 *
 * @param place the city as written ("BEIJING" is kept as written; callers normalise case)
 * @param year  the year if the dateline gives one
 * @param month 1..12 if given
 * @param day   1..31 if given
 * @param start offset in the cleaned text where the dateline begins, -1 if unknown
 * @param end   offset in the cleaned text just past the dateline and its closing dash, colon or
 *              agency mark (where the story's own words begin), -1 if unknown; the dateline text
 *              itself stays in the cleaned text
 */
public record Dateline(String place, Integer year, Integer month, Integer day, int start, int end) {

    public static final Dateline NONE = new Dateline(null, null, null, null);

    /** A dateline whose position in the text is not known. */
    public Dateline(String place, Integer year, Integer month, Integer day) {
        this(place, year, month, day, -1, -1);
    }

    public boolean hasDate() {
        return month != null && day != null;
    }
}
