package org.parley.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts metadata off the ends of a line whose middle is worth keeping: the collector's date header
 * before a title or a first paragraph, a photo credit after a caption, an agency name glued after
 * the last sentence. Each cut starts at a sentence end, so prose itself is never shortened.
 */
final class LineTrims {

    /** A credit after the caption's last full stop: ". /Agency", ". / Agency/Photographer/Pool". */
    private static final Pattern SLASH_CREDIT = Pattern.compile("(?<=[.!?])\\s*/\\s*\\p{Lu}[^.!?]{0,80}$");
    /** ". | Photo Credit: AGENCY", ". Photo: From the website of ...", ". File picture: ...". */
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?<=[.!?])\\s*\\|?\\s*(?:Photo(?:graph)?s?(?:\\s+credits?)?|File\\s+(?:picture|photo|image)|Image|Picture"
            + "|Credits?|Source)\\s*:\\s*[^:]{1,140}$", Pattern.CASE_INSENSITIVE);
    /** ". Jane Doe/Agency/Pool", ". Agency via Getty Images" after a caption. */
    private static final Pattern NAMED_CREDIT = Pattern.compile(
            "(?<=[.!?])\\s+\\p{Lu}[\\p{L} .'-]{0,40}(?:/[\\p{L} .'-]{1,40})+$"
            + "|(?<=[.!?])\\s+[\\p{L} .'/-]{0,60}\\b(?:Getty\\s+Images|Shutterstock)$");
    /** ". (Agency/Photographer)" after a caption. */
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "(?<=[.!?])\\s*\\(\\p{Lu}[\\p{L} .'-]{1,30}/[\\p{L} .'-]{1,40}\\)$");
    /** ". – AGENCY" at the end of the last paragraph. */
    private static final Pattern DASH_AGENCY = Pattern.compile("(?<=[.!?\"”])\\s+[-–—]+\\s*\\p{Lu}{2,}[\\p{Lu} /&]{0,30}$");
    /** "...Mironov added.Outlet Name": a source name glued after the closing full stop. */
    private static final Pattern GLUED_SOURCE = Pattern.compile(
            "(?<=[\\p{Ll}\\d)\"”’]\\.)\\p{Lu}[\\p{L}&-]*(?:\\s\\p{Lu}[\\p{L}&-]*){0,2}$");

    /** Some collectors label the headline they put first: "Title: ...". */
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?i)(?:title|headline)\\s*:\\s*");

    private LineTrims() {
    }

    /** The first line without the collector's " date YYYY-MM-DD" prefix and its "Title:" label. */
    static MappedText withoutDateHeader(MappedText firstLine) {
        MappedText out = firstLine;
        for (Pattern p : new Pattern[] {PublicationDateFinder.DATE_HEADER, TITLE_LABEL}) {
            Matcher m = p.matcher(out.text());
            if (m.find()) {
                out = out.sub(m.end()).strip();
            }
        }
        return out;
    }

    /** A caption without its photo credit. */
    static MappedText withoutCredit(MappedText line) {
        MappedText out = line;
        for (Pattern p : new Pattern[] {LABELLED_CREDIT, PAREN_CREDIT, SLASH_CREDIT, NAMED_CREDIT}) {
            Matcher m = p.matcher(out.text());
            if (m.find()) {
                out = out.sub(0, m.start()).strip();
            }
        }
        return out;
    }

    /** The article's last line without an outlet or agency name that closes the story. */
    static MappedText withoutClosingSource(MappedText lastLine) {
        MappedText out = lastLine;
        for (Pattern p : new Pattern[] {DASH_AGENCY, GLUED_SOURCE}) {
            Matcher m = p.matcher(out.text());
            if (m.find()) {
                out = out.sub(0, m.start()).strip();
            }
        }
        return out;
    }
}
