package org.parley.nlp.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventDate;

/**
 * One recognizer pattern and how to read a match. The reader may reject a match (return null), e.g.
 * "on May 5 and 9", which is two dates and not a range; the search then goes on from the next character.
 */
record Rule(String name, Pattern pattern, Reader reader, Anchors.Kind anchor) {

    @FunctionalInterface
    interface Reader {
        Found read(Matcher m, String text, DateContext ctx, Direction direction);
    }

    /** What a match means. */
    record Found(TimeMention.Kind kind, EventDate date, int days) {
        static Found date(EventDate d) {
            return new Found(TimeMention.Kind.DATE, d, 0);
        }
    }

    static Rule of(String name, String regex, Reader reader) {
        return new Rule(name, Pattern.compile(regex), reader, Anchors.Kind.ANY);
    }

    static Rule ofIgnoreCase(String name, String regex, Reader reader) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader, Anchors.Kind.ANY);
    }

    /** This rule, searched only near a word of the kind every one of its matches holds (see {@link Anchors}). */
    Rule near(Anchors.Kind kind) {
        return new Rule(name, pattern, reader, kind);
    }

    void findAll(String text, DateContext ctx, Direction direction, List<TimeMention> out) {
        findAll(text, Anchors.of(text), ctx, direction, out);
    }

    /** The next match at or after {@code from}, looked for only where an anchor is near. */
    private boolean findNext(Matcher m, Anchors anchors, int from) {
        int start = anchors.searchFrom(anchor, from);
        return start >= 0 && m.find(start);
    }

    void findAll(String text, Anchors anchors, DateContext ctx, Direction direction, List<TimeMention> out) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && findNext(m, anchors, from)) {
            Found f = m.end() > m.start() ? reader.read(m, text, ctx, direction) : null;
            if (f != null) {
                out.add(TimeMention.of(text, m.start(), m.end(), f.kind(), f.date(), f.days()));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
    }

    /**
     * As {@link #findAll(String, DateContext, Direction, List)} for both directions with one scan of the
     * text: each match is read twice, once per direction. Where a match is taken one way and rejected the
     * other, the two scans part ways, so each direction is then scanned on its own: the result is always
     * that of two separate scans.
     */
    void findAllBothWays(String text, Anchors anchors, DateContext ctx, List<TimeMention> past, List<TimeMention> future) {
        int pastBefore = past.size();
        int futureBefore = future.size();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && findNext(m, anchors, from)) {
            boolean nonEmpty = m.end() > m.start();
            Found backwards = nonEmpty ? reader.read(m, text, ctx, Direction.PAST) : null;
            Found forwards = nonEmpty ? reader.read(m, text, ctx, Direction.FUTURE) : null;
            if ((backwards == null) != (forwards == null)) {
                past.subList(pastBefore, past.size()).clear();
                future.subList(futureBefore, future.size()).clear();
                findAll(text, anchors, ctx, Direction.PAST, past);
                findAll(text, anchors, ctx, Direction.FUTURE, future);
                return;
            }
            if (backwards != null) {
                past.add(TimeMention.of(text, m.start(), m.end(), backwards.kind(), backwards.date(), backwards.days()));
                future.add(TimeMention.of(text, m.start(), m.end(), forwards.kind(), forwards.date(), forwards.days()));
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
    }

    /** The group's text, or null when it did not take part or the pattern has no such group (Java 17
     *  has no way to ask a pattern for its group names, hence the look at the source). */
    static String optional(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") ? m.group(group) : null;
    }
}
