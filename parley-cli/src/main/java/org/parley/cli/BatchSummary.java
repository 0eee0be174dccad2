package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch did. Every article read is counted once, in saved, alreadyStored, nearDuplicates,
 * skippedByLanguage or failed; skipped records (a WARC request, a feed item without text) were never
 * articles; failed also counts inputs that could not be read at all.
 *
 * @param read              articles read from the inputs
 * @param saved             articles whose results were saved (stored, or written)
 * @param alreadyStored     the same text as an article stored before or earlier in the batch
 * @param nearDuplicates    near-identical text to such an article (another site's copy of a story)
 * @param skippedByLanguage articles confidently not in English
 * @param skippedRecords    records passed over by the readers, by reason
 * @param failed            unreadable inputs and records, and articles that could not be processed or saved
 * @param events            events in the saved results
 * @param details           one line per input skipped (a link loop), note (a charset overruled), near-duplicate, language skip and failure, at most
 *                          {@link Tally#MAX_DETAILS} of each kind
 */
record BatchSummary(int read, int saved, int alreadyStored, int nearDuplicates, int skippedByLanguage,
                    Map<String, Long> skippedRecords, int failed, int events, List<String> details) {

    BatchSummary {
        skippedRecords = Map.copyOf(skippedRecords);
        details = List.copyOf(details);
    }

    long skippedRecordCount() {
        return skippedRecords.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The report printed at the end of a run: the counts on one line, then one line per reason.
     * @param savedAs "stored" (ingest, watch) or "written" (extract)
     */
    List<String> lines(String savedAs) {
        List<String> lines = new ArrayList<>();
        lines.add("read " + read + ", " + savedAs + " " + saved + ", already " + savedAs + " " + alreadyStored
                + ", near-duplicates " + nearDuplicates + ", skipped by language " + skippedByLanguage
                + ", skipped records " + skippedRecordCount() + ", failed " + failed + ", events " + events);
        new TreeMap<>(skippedRecords).forEach((reason, n) -> lines.add("skipped records: " + n + " " + reason));
        lines.addAll(details);
        return lines;
    }

    void print(java.io.PrintWriter out, String savedAs) {
        lines(savedAs).forEach(out::println);
        out.flush();
    }

    /** Counts a batch as it goes; keeps at most {@link #MAX_DETAILS} lines of each kind, so memory stays bounded. */
    static final class Tally {
        static final int MAX_DETAILS = 50;

        int read;
        int saved;
        int alreadyStored;
        int nearDuplicates;
        int skippedByLanguage;
        int failed;
        int events;
        private final Map<String, Long> skippedRecords = new TreeMap<>();
        private final List<String> nearLines = new ArrayList<>();
        private final List<String> languageLines = new ArrayList<>();
        private final List<String> failureLines = new ArrayList<>();
        private final List<String> skippedInputLines = new ArrayList<>();
        private final List<String> noticeLines = new ArrayList<>();
        private int skippedInputs;
        private int notices;

        /** Something read, but not as declared (a page's wrong charset, and the one used). */
        void noticed(String line) {
            notices++;
            keep(noticeLines, "note: " + line);
        }

        /** An input a folder held that was passed over (a link that cannot be followed): not an article, not a failure. */
        void skippedInput(String line) {
            skippedInputs++;
            keep(skippedInputLines, "skipped: " + line);
        }

        void nearDuplicate(String line) {
            nearDuplicates++;
            keep(nearLines, "near-duplicate: " + line);
        }

        void skippedByLanguage(String line) {
            skippedByLanguage++;
            keep(languageLines, "skipped by language: " + line);
        }

        void failed(String line) {
            failed++;
            keep(failureLines, "failed: " + line);
        }

        void skippedRecords(Map<String, Long> byReason) {
            byReason.forEach((reason, n) -> skippedRecords.merge(reason, n, Long::sum));
        }

        BatchSummary summary() {
            List<String> details = new ArrayList<>();
            addAll(details, skippedInputLines, skippedInputs, "skipped");
            addAll(details, noticeLines, notices, "notes");
            addAll(details, nearLines, nearDuplicates, "near-duplicates");
            addAll(details, languageLines, skippedByLanguage, "skipped by language");
            addAll(details, failureLines, failed, "failed");
            return new BatchSummary(read, saved, alreadyStored, nearDuplicates, skippedByLanguage, skippedRecords,
                    failed, events, details);
        }

        private static void keep(List<String> lines, String line) {
            if (lines.size() < MAX_DETAILS) {
                lines.add(line);
            }
        }

        private static void addAll(List<String> details, List<String> lines, int total, String kind) {
            details.addAll(lines);
            if (total > lines.size()) {
                details.add(kind + ": " + (total - lines.size()) + " more not listed");
            }
        }
    }
}
