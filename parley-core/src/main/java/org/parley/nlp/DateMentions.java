package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import org.parley.clean.CleanText;
import org.parley.nlp.time.DateContext;
import org.parley.nlp.time.Direction;
import org.parley.nlp.time.TemporalTagger;
import org.parley.nlp.time.TimeMention;

/**
 * The date expressions of an article, found once by the NLP stage and handed forward: per sentence,
 * read both ways, because only the extractor knows whether a sentence reports ({@link Direction#PAST})
 * or announces ({@link Direction#FUTURE}). Each sentence is tagged on its own text, so that a date
 * never runs into the next sentence; offsets are into the cleaned text.
 *
 * @param context what relative dates were resolved against
 * @param past    per sentence (by index), the mentions read as past
 * @param future  per sentence, the same words read as future
 */
public record DateMentions(DateContext context, List<List<TimeMention>> past, List<List<TimeMention>> future) {

    private static final TemporalTagger TAGGER = new TemporalTagger();

    public DateMentions {
        past = past.stream().map(List::copyOf).toList();
        future = future.stream().map(List::copyOf).toList();
        if (past.size() != future.size()) {
            throw new IllegalArgumentException("past and future cover " + past.size() + " and " + future.size() + " sentences");
        }
    }

    /** Tags every sentence of {@code clean} in both directions against the article's {@link DateContext}. */
    public static DateMentions of(CleanText clean, List<Sentence> sentences) {
        return of(clean, sentences.stream().map(s -> new int[] {s.begin(), s.end()}).toList());
    }

    /** As {@link #of(CleanText, List)} for sentences given as {@code {begin, end}} offsets into the cleaned text. */
    static DateMentions of(CleanText clean, Iterable<int[]> spans) {
        DateContext context = DateContext.of(clean);
        List<List<TimeMention>> past = new ArrayList<>();
        List<List<TimeMention>> future = new ArrayList<>();
        for (int[] span : spans) {
            TemporalTagger.BothWays found = TAGGER.tagBothWays(clean.text().substring(span[0], span[1]), context);
            past.add(shifted(found.past(), span[0]));
            future.add(shifted(found.future(), span[0]));
        }
        return new DateMentions(context, past, future);
    }

    /** The mentions of sentence {@code index} read in {@code direction}, in text order. */
    public List<TimeMention> in(int index, Direction direction) {
        return (direction == Direction.FUTURE ? future : past).get(index);
    }

    /** Every past-read mention of the article, in text order. */
    List<TimeMention> allPast() {
        return past.stream().flatMap(List::stream).toList();
    }

    private static List<TimeMention> shifted(List<TimeMention> mentions, int begin) {
        return mentions.stream().map(m -> m.shifted(begin)).toList();
    }
}
