package org.parley.ingest;

/**
 * Something in the input that could not be read: named by its file (and record or line), with the
 * reason in one line. Reported, counted and skipped; the rest of the batch goes on.
 *
 * @param origin the file or URL
 * @param where  the record, line or byte offset inside it, or null for the whole file
 * @param reason one line, no stack trace
 * @param notice true for something read, but not as declared (a page's wrong charset): said, not counted a failure
 */
public record ReadProblem(String origin, String where, String reason, boolean notice) {

    public ReadProblem(String origin, String where, String reason) {
        this(origin, where, reason, false);
    }

    public static ReadProblem notice(String origin, String where, String reason) {
        return new ReadProblem(origin, where, reason, true);
    }

    /** "path/to/file.warc.gz (record 17): truncated gzip stream" */
    public String oneLine() {
        return origin + (where == null ? "" : " (" + where + ")") + ": " + reason;
    }
}
