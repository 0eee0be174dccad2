package org.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.parley.ingest.admit.Admission;
import org.parley.model.Article;

/**
 * Which articles of the whole input are read, decided as 'parley ingest' decides it: core's
 * {@link Admission}, one article after another in the command line's order (input by input, files in
 * path order, records in file order), so that of two copies in different files the first is read and
 * the other becomes its further source. The costly part is per article and parallel: each task reads its
 * files and computes what admission needs of each article ({@link Admission.Candidate}: content hash,
 * SimHash, language); the driver then takes these light tickets in order and decides.
 */
final class CorpusAdmission {

    /** An article's admission ticket: where it is (file in order, record in file) and what admission needs. */
    record Ticket(int file, int record, Admission.Candidate candidate, String url) implements Serializable {

        long position() {
            return CorpusAdmission.position(file, record);
        }
    }

    /**
     * What the driver decided.
     *
     * @param skipped    positions of the articles not read (copies and articles not in English), sorted
     * @param copies     one row per further source ({@link Tables#COPY}), as 'parley ingest' records them
     * @param tickets    articles seen
     * @param exact      exact copies
     * @param near       near copies
     * @param notEnglish articles not in English
     */
    record Decision(long[] skipped, List<Row> copies, long tickets, long exact, long near, long notEnglish)
            implements Serializable {

    }

    private CorpusAdmission() {
    }

    static long position(int file, int record) {
        return ((long) file << 32) | record;
    }

    /** Whether the article at this place is not read; {@code skipped} as {@link Decision#skipped()}. */
    static boolean skips(long[] skipped, int file, int record) {
        return Arrays.binarySearch(skipped, position(file, record)) >= 0;
    }

    /** The tickets of a task's files, one per article, in file then record order. */
    static Iterator<Ticket> tickets(List<InputFiles.InputFile> files, Map<String, String> hadoop) {
        Configuration conf = InputFiles.configuration(hadoop);
        Iterator<InputFiles.InputFile> pending = files.iterator();
        LongAccumulator uncounted = new LongAccumulator(); // unreadable records are counted by the extract pass
        return new Iterator<>() {
            private InputFiles.InputFile file;
            private Iterator<Article> articles = java.util.Collections.emptyIterator();
            private int record;

            @Override
            public boolean hasNext() {
                while (!articles.hasNext() && pending.hasNext()) {
                    file = pending.next();
                    Path p = new Path(file.path());
                    articles = CorpusFile.read(file.path(), () -> p.getFileSystem(conf).open(p), uncounted);
                    record = 0;
                }
                return articles.hasNext();
            }

            @Override
            public Ticket next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Article a = articles.next();
                return new Ticket(file.index(), record++, Admission.Candidate.of(a), a.url());
            }
        };
    }

    /** Admission over tickets that come in the command line's order. */
    static Decision decide(Iterator<Ticket> inOrder) {
        Admission admission = Admission.withinRun();
        List<Long> skipped = new ArrayList<>();
        List<Row> copies = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        long tickets = 0;
        long exact = 0;
        long near = 0;
        long notEnglish = 0;
        while (inOrder.hasNext()) {
            Ticket t = inOrder.next();
            tickets++;
            Admission.Verdict v = admission.check(t.candidate());
            switch (v.kind()) {
                case NEW -> {
                    continue;
                }
                case NOT_ENGLISH -> notEnglish++;
                case EXACT -> exact++;
                case NEAR -> near++;
            }
            skipped.add(t.position());
            Admission.Candidate c = t.candidate();
            // as the store records a further source: not the article's own origin, once per origin
            if (v.kind() != Admission.Verdict.Kind.NOT_ENGLISH && !c.origin().equals(v.ofOrigin())
                    && recorded.add(v.of() + "\n" + c.origin())) {
                copies.add(RowFactory.create(v.of(), t.url(), c.origin(),
                        c.published() == null ? null : c.published().toString(), v.kind().name().toLowerCase(Locale.ROOT)));
            }
        }
        long[] positions = skipped.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Decision(positions, copies, tickets, exact, near, notEnglish);
    }
}
