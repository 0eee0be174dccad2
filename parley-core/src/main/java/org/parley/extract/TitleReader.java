package org.parley.extract;

import java.util.Optional;

/**
 * Reads the title a text gives a name: before it ("Russian Federation Council Speaker Valentina
 * Matviyenko", "his Russian counterpart Sergey Lavrov") or as an apposition after it ("Zhao Leji,
 * chairman of China's NPC Standing Committee,"). Returns token spans, so that people named inside a
 * title ("Special Envoy of Chinese President Xi Jinping") can be told from the people in an event.
 */
final class TitleReader {

    /** A title at tokens [start, end) of a sentence; {@code counterpart} if it says "counterpart". */
    record Title(int start, int end, String text, boolean counterpart) {
    }

    private TitleReader() {
    }

    /** The title right before the name that starts at token {@code nameStart}. */
    static Optional<Title> before(Words w, int nameStart) {
        int i = nameStart - 1;
        // "the head of the Chinese Foreign Ministry, Wang Yi": a title set off by a comma before the name
        boolean commaBefore = w.is(i, ",");
        if (commaBefore) {
            i--;
        }
        int start = nameStart - (commaBefore ? 1 : 0);
        boolean counterpart = false;
        boolean sawHead = false;
        while (i >= 0) {
            if (w.is(i, ")") && i >= 2 && w.is(i - 2, "(")) {
                i -= 3; // "(CPC)"
                continue;
            }
            if (!titleWord(w, i)) {
                break;
            }
            if (isHead(w, i)) {
                sawHead = true;
            }
            if (w.is(i, "counterpart", "counterparts")) {
                counterpart = true;
            }
            start = i;
            i--;
        }
        // a title never opens with a joiner ("of", "and", "the")
        while (start < nameStart && (Lexicon.TITLE_JOINERS.contains(w.lower[start]) || w.is(start, ","))) {
            start++;
        }
        int end = nameStart - (commaBefore ? 1 : 0);
        if (!sawHead || start >= end) {
            return Optional.empty();
        }
        // "Brazil's Foreign Minister, Carlos Teles": a title that names its country needs no determiner
        boolean namesCountry = w.nerIs(start, "COUNTRY", "NATIONALITY") && sawHead;
        if (commaBefore && !(w.is(start - 1, "the", "his", "her", "its", "their") || start == 0 || namesCountry)) {
            return Optional.empty();
        }
        if (!commaBefore && w.is(start - 1, ",")) {
            // "the Head of State of Bolivia, President Luis Arce": an office that names the country, then the rank
            Optional<Title> office = before(w, start);
            if (office.isPresent() && namesACountry(w, office.get())) {
                return Optional.of(new Title(office.get().start(), end, w.text(office.get().start(), end),
                        counterpart || office.get().counterpart()));
            }
        }
        return Optional.of(new Title(start, end, w.text(start, end), counterpart));
    }

    private static boolean namesACountry(Words w, Title t) {
        for (int i = t.start(); i < t.end(); i++) {
            if (w.nerIs(i, "COUNTRY", "NATIONALITY")) {
                return true;
            }
        }
        return false;
    }

    /** The apposition after the name that ends (exclusive) at token {@code nameEnd}. */
    static Optional<Title> after(Words w, int nameEnd) {
        int i = nameEnd;
        if (w.is(i, "(") && i + 2 < w.size() && w.is(i + 2, ")")) {
            i += 3; // "(left)", "(Jokowi)"
        }
        if (!w.is(i, ",")) {
            return Optional.empty();
        }
        i++;
        if (w.is(i, "who") && w.is(i + 1, "is", "was")) {
            i += 2;
            if (w.is(i, "also")) {
                i++;
            }
        }
        int start = i;
        while (w.is(i, "a", "an", "the", "then", "also")) {
            i++;
        }
        // the first word must make it a title: "chairman of ...", "Chinese Vice Premier ..."
        int first = i;
        while (first < w.size() && (w.nerIs(first, "NATIONALITY", "COUNTRY") || w.is(first, "'s", "top", "vice", "deputy", "former", "first", "senior"))) {
            first++;
        }
        if (!isHead(w, first)) {
            return Optional.empty();
        }
        int end = first;
        while (end < w.size() && !w.is(end, ",", ";", ".", ":", "\"", "“", "”") && !w.isVerb(end)
                && !startsAdjunct(w, end)) {
            if (w.nerIs(end, "PERSON") && !w.is(end - 1, "of")) {
                // "According to Liu, Chinese President Xi Jinping paid ...": a title of the next person
                return Optional.empty();
            }
            end++;
        }
        // "Chairman of A Just Russia-Patriots-For Truth party and head of the ... faction": a second title
        if (end <= start) {
            return Optional.empty();
        }
        return Optional.of(new Title(start, end, w.text(start, end), false));
    }

    /** "in Beijing on Sunday", "on Wednesday": places and times end an apposition. */
    private static boolean startsAdjunct(Words w, int i) {
        if (w.is(i, "on", "at", "during", "since", "after", "before", "while", "when", "who", "which", "that")) {
            return true;
        }
        return w.is(i, "in") && w.nerIs(i + 1, "CITY", "DATE") && !isHead(w, i - 1);
    }

    static boolean isHead(Words w, int i) {
        if (i < 0 || i >= w.size()) {
            return false;
        }
        return Lexicon.TITLE_HEADS.contains(w.lower[i]) || w.nerIs(i, "TITLE")
                && !w.is(i, "model", "state", "people");
    }

    private static boolean titleWord(Words w, int i) {
        if (w.nerIs(i, "PERSON") && !Gazetteer.get().isPlace(w.word[i]) || w.nerIs(i, "DATE", "NUMBER", "ORDINAL") && !w.is(i, "three", "two", "first")) {
            return false;
        }
        if (w.is(i, "in", "to") && w.isCapitalised(i + 1) && isHead(w, i - 1)) {
            return true; // "Consul-General in Harbin", "Ambassador to Russia"
        }
        // a dash set apart by spaces ends a dateline ("LIMA - Bolivian Senate President ..."); "Consul-General" is one title
        boolean spacedDash = w.is(i, "-", "–", "—", "--") && i > 0 && w.begin(i) > w.end(i - 1);
        if (spacedDash || w.is(i, "his", "her", "its", "their", "a", "an", "with", "by", "to", "as", "met", "meets", "that")) {
            return false;
        }
        if (isHead(w, i) || Lexicon.TITLE_MODIFIERS.contains(w.lower[i]) || Lexicon.TITLE_JOINERS.contains(w.lower[i])) {
            return true;
        }
        if (w.nerIs(i, "NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE", "CITY", "TITLE")) {
            return true;
        }
        // capitalised words inside an institution's name ("Foreign and Diaspora Affairs"), not a sentence opener
        return w.isCapitalised(i) && i > 0 && !w.isVerb(i) && !w.is(i, "I", "He", "She", "The");
    }
}
