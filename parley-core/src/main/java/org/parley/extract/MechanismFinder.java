package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.EventType;

/**
 * Finds sessions of standing bodies and recurring formats: "the 9th meeting of the China-Russia
 * Committee for Parliamentary Cooperation", "the seventh round of China-Germany intergovernmental
 * consultations", "the ninth Eastern Economic Forum", "an Annual Leaders' Meeting". A name alone
 * ("mechanisms such as the ... Committee") is not a session: it needs an ordinal, a verb of taking
 * part ("chaired", "attend", "take part in", "during") or a verb of being held ("took place"). Those cues
 * are the named rules of {@code patterns/sessions.tokensregex}; the extent of the name is read here.
 */
final class MechanismFinder {

    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
            + "|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth", Pattern.CASE_INSENSITIVE);
    private static final Set<String> OF_HEADS = Set.of(
            "meeting", "session", "round", "summit", "conference", "forum", "plenary", "sessions", "meetings");
    private static final Set<String> NAME_WORDS = Set.of(
            "intergovernmental", "ruling", "party", "dialogue", "mechanism", "committee", "commission",
            "cooperation", "friendship", "security", "strategic", "economic", "trade", "parliamentary",
            "consultations", "consultation", "roundtable", "conference", "small-", "small", "medium-sized",
            "medium", "sized", "smes", "sme", "enterprises", "investment", "regular", "bilateral", "joint",
            "heads", "government", "leaders", "bloc", "annual", "ministerial", "foreign", "ministers", "forum",
            "summit", "business", "defense", "defence", "consultative", "inter-parliamentary",
            "interparliamentary", "level", "high-level", "working", "group", "sub-committee", "subcommittee",
            "peace", "development", "sides", "political", "diplomatic", "military", "cultural", "humanitarian",
            "energy", "maritime", "border", "financial", "technical", "scientific", "people-to-people",
            "cooperative", "the", "of", "for", "on", "and", "-", "'s", "'", "’", "between", "led");
    private static final String ATTENDED = "session.attended.";
    private static final String HELD = "session.held.";

    private MechanismFinder() {
    }

    static List<Trigger> find(Words w) {
        List<Trigger> out = new ArrayList<>();
        List<TriggerPatterns.Match> cues = TriggerPatterns.sessionCues().allMatches(w);
        int i = 0;
        while (i < w.size()) {
            Trigger t = at(w, i, cues);
            if (t != null) {
                out.add(t);
                i = t.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private static Trigger at(Words w, int head, List<TriggerPatterns.Match> cues) {
        boolean headWord = Lexicon.MECHANISM_HEADS.contains(w.lower[head]) || w.is(head, "round");
        if (!headWord) {
            return null;
        }
        int start = head;
        // words before the head that belong to the name: "China-Germany intergovernmental", "Eastern Economic"
        boolean capitalised = w.isCapitalised(head) && !w.is(head, "The");
        while (start - 1 >= 0 && (nameWordBefore(w, start - 1) || abbreviationBefore(w, start))) {
            start -= abbreviationBefore(w, start) ? 3 : 1;
            if (w.isCapitalised(start) || w.nerIs(start, "ORGANIZATION", "NATIONALITY", "COUNTRY")) {
                capitalised = true;
            }
        }
        while (start < head && w.is(start, "the", "of", "and", "-", "'s")) {
            start++;
        }
        boolean ordinal = false;
        if (start - 1 >= 0 && isOrdinal(w, start - 1)) {
            start--;
            ordinal = true;
        } else if (isOrdinal(w, start) && start < head) {
            ordinal = true;
        }
        if (w.is(head + 1, "between") && partiesFollow(w, head + 2) && (!ordinal || w.is(start, "first", "1st"))) {
            // "the first meeting between Trump and Putin", "between leaders of the two countries"; a numbered
            // round is a format's ("the fourth political consultation between the two foreign ministries")
            return null;
        }
        int end = head + 1;
        if (w.is(head, "plenary") && w.is(head + 1, "session")) {
            end++;
        }
        if (OF_HEADS.contains(w.lower[head]) && w.is(end, "of")) {
            int nameEnd = nameAfterOf(w, end + 1);
            if (nameEnd > end + 1) {
                end = nameEnd;
                capitalised = true;
            }
        } else {
            end = trailingQualifier(w, end);
        }
        String attended = cue(cues, ATTENDED, start);
        if (!capitalised && !ordinal && (attended == null || w.is(start - 1, "a", "an"))) {
            return null; // "take part in an economic forum": a gathering no name makes a standing one (GOLD.md)
        }
        if (w.is(head, "meeting", "talks", "session") && !capitalised && !ordinal) {
            return null; // "a meeting", "the talks": ordinary meetings, not a body's session
        }
        if (excluded(cues, start) || partOfTitle(w, end) || domestic(w.text(start, Math.min(w.size(), end + 8)))
                || end - start == 1 && !ordinal) {
            // a bare "consultations" or "summit" is an ordinary meeting word, not a named body
            return null;
        }
        String held = cue(cues, HELD, end);
        if (!ordinal && attended == null && held == null) {
            return null;
        }
        String name = w.text(start, end);
        // an ordinal is read here, not by a pattern: "the 9th meeting of ..."
        // ... except for a gathering met on the sidelines of, whose tense is that of the meeting (BuildFrames)
        String rule = BuildFrames.SIDELINES_RULE.equals(attended) ? attended
                : ordinal ? "session.numbered" : attended != null ? attended : held;
        return new Trigger(EventType.SESSION, start, end, name, rule);
    }

    private static boolean nameWordBefore(Words w, int i) {
        if (w.nerIs(i, "PERSON", "DATE") || w.is(i, "a", "an", "this", "that", "its", "their", "his", "her")
                || isOrdinal(w, i)) {
            return false;
        }
        if (w.is(i, "the") || w.is(i, "of")) {
            return false;
        }
        return w.isCapitalised(i) && !w.isVerb(i) && i > 0 || w.nerIs(i, "ORGANIZATION", "NATIONALITY", "COUNTRY")
                || NAME_WORDS.contains(w.lower[i]) && !w.is(i, "the", "of", "for", "on", "between", "led")
                || w.is(i, "-", "'s", "'", "’") && i > 0 && (w.isCapitalised(i - 1) || w.is(i - 1, "leaders", "ministers"));
    }

    /** "the Asia-Pacific Economic Cooperation (APEC) summit": a name's initials in brackets before its head. */
    private static boolean abbreviationBefore(Words w, int i) {
        return i - 3 >= 1 && w.is(i - 1, ")") && w.is(i - 3, "(") && w.isCapitalised(i - 2) && nameWordBefore(w, i - 4);
    }

    /** "of the China-Russia Committee for Parliamentary Cooperation", "of the Joint Ministerial Commission (JMC) between Kenya and Uganda". */
    private static int nameAfterOf(Words w, int i) {
        int end = i;
        int lastGood = i;
        while (end < w.size()) {
            if (w.is(end, "(") && end + 2 < w.size() && w.is(end + 2, ")")) {
                end += 3;
                lastGood = end;
                continue;
            }
            boolean ok = w.isCapitalised(end) && !w.isVerb(end) && !w.nerIs(end, "DATE", "CITY") || w.nerIs(end, "ORGANIZATION", "NATIONALITY", "COUNTRY")
                    || NAME_WORDS.contains(w.lower[end]) && !w.is(end, "led");
            if (!ok) {
                break;
            }
            if (!w.is(end, "the", "of", "for", "on", "and", "-", "between")) {
                lastGood = end + 1;
            }
            end++;
        }
        return lastGood;
    }

    /** "roundtable conference on small- and medium-sized enterprises (SMEs) cooperation". */
    private static int trailingQualifier(Words w, int end) {
        if (!w.is(end, "on", "between")) {
            return end;
        }
        int stop = nameAfterOf(w, end + 1);
        return stop > end + 1 ? stop : end;
    }

    /** People or "the two" after "between": a meeting of these parties, not of a standing body. */
    private static boolean partiesFollow(Words w, int i) {
        // "between the Chinese and Russian heads of government" names a standing format: only people,
        // "leaders" or "the two" are parties here
        return i < w.size() && (w.nerIs(i, "PERSON")
                || w.is(i, "leaders", "their", "two", "both", "his", "her")
                || w.is(i, "the") && w.is(i + 1, "two", "leaders"));
    }

    static boolean isOrdinal(Words w, int i) {
        return i >= 0 && i < w.size() && (w.nerIs(i, "ORDINAL") || ORDINAL.matcher(w.word[i]).matches())
                && !w.is(i, "second") || i >= 0 && i < w.size() && w.is(i, "second") && !w.is(i + 1, "time");
    }

    /** The name of the first rule of a kind ("session.held.") that points at this token, or null. */
    private static String cue(List<TriggerPatterns.Match> cues, String kind, int token) {
        for (TriggerPatterns.Match m : cues) {
            if (m.start() == token && !m.rule().unless() && m.rule().name().startsWith(kind)) {
                return m.rule().name();
            }
        }
        return null;
    }

    /** "Russian Federation Council Speaker Valentina Matviyenko": the body names a title, not a session. */
    private static boolean partOfTitle(Words w, int end) {
        return TitleReader.isHead(w, end) || w.nerIs(end, "PERSON", "TITLE");
    }

    /** A party's own congress or plenum is not an exchange between two sides. */
    private static boolean domestic(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("national congress") || lower.contains("central committee") || lower.contains("plenum")
                || lower.contains("party congress")) && !lower.matches(".*\\b\\w+-\\w+\\b.*(committee|congress).*");
    }

    /** "on the sidelines of the ... Forum": the name only names a framework. */
    private static boolean excluded(List<TriggerPatterns.Match> cues, int start) {
        return cues.stream().anyMatch(m -> m.start() == start && m.rule().unless());
    }
}
