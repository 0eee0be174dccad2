package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.model.EventType;

/** Finds the words that state an exchange in one sentence, by type. Sessions come from {@link MechanismFinder}. */
final class TriggerFinder {

    private static final Set<String> NOT_A_MEETING_OBJECT = Set.of(
            "needs", "need", "demand", "demands", "requirements", "expectations", "targets", "target", "goals",
            "goal", "standards", "criteria", "deadline", "challenges", "challenge", "conditions", "obligations");
    private static final Set<String> CALL_MEDIA = Set.of(
            "phone", "telephone", "video", "virtual", "videoconference", "video-link", "teleconference",
            "online");
    private static final Set<String> CALL_NOUNS = Set.of(
            "call", "calls", "conversation", "conversations", "talks", "talk", "conference", "link", "meeting",
            "summit", "chat", "dialogue");
    private static final Set<String> MESSAGE_NOUNS = Set.of(
            "message", "messages", "letter", "letters", "congratulations", "greetings", "regards",
            "condolences", "telegram", "congratulatory", "wishes");

    private TriggerFinder() {
    }

    static List<Trigger> find(Words w, List<Trigger> sessions) {
        List<Trigger> out = new ArrayList<>(sessions);
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (sessions.stream().anyMatch(s -> at >= s.start() && at < s.end())) {
                continue;
            }
            Trigger t = call(w, i);
            if (t == null) {
                t = meeting(w, i);
            }
            if (t == null) {
                t = visit(w, i);
            }
            if (t == null) {
                t = message(w, i);
            }
            if (t == null) {
                t = agreement(w, i);
            }
            if (t != null) {
                out.add(t);
                i = t.end() - 1;
            }
        }
        out.sort(Comparator.comparingInt(Trigger::start));
        return dropRepeatedMessages(out);
    }

    private static Trigger call(Words w, int i) {
        if (CALL_MEDIA.contains(w.lower[i])) {
            if (w.is(i, "videoconference", "teleconference")) {
                return Trigger.of(EventType.CALL, i, i + 1);
            }
            if (CALL_NOUNS.contains(w.lower[i + 1 < w.size() ? i + 1 : i]) && i + 1 < w.size()) {
                return Trigger.of(EventType.CALL, i, i + 2);
            }
            if (w.is(i - 1, "by", "over", "via") && w.is(i, "phone", "telephone", "video")) {
                return Trigger.of(EventType.CALL, i - 1, i + 1);
            }
        }
        if (w.is(i, "phoned", "telephoned", "rang")) {
            return Trigger.of(EventType.CALL, i, i + 1);
        }
        // "In a much anticipated call, Trump spoke with Putin", "a call with": the noun, not "called for"
        if (w.is(i, "call", "calls") && !w.isVerb(i) && !w.is(i + 1, "for", "on", "to", "from", "of")
                && (w.is(i + 1, "with", "between") || w.pos[i - 1 < 0 ? 0 : i - 1].startsWith("JJ") || w.is(i - 1, "a", "the", "their", "his", "her"))
                && spokeNearby(w, i)) {
            return Trigger.of(EventType.CALL, i, i + 1);
        }
        return null;
    }

    private static boolean spokeNearby(Words w, int i) {
        if (w.is(i + 1, "with", "between")) {
            return true;
        }
        for (int j = Math.max(0, i - 8); j < Math.min(w.size(), i + 10); j++) {
            if (w.lemmaIs(j, "speak", "talk", "hold", "have", "discuss", "during")) {
                return true;
            }
        }
        return false;
    }

    private static Trigger meeting(Words w, int i) {
        if (w.lemmaIs(i, "meet") && w.isVerb(i)) {
            if (NOT_A_MEETING_OBJECT.contains(w.lower[Math.min(w.size() - 1, i + 1)])
                    || w.is(i + 1, "the", "their", "its") && NOT_A_MEETING_OBJECT.contains(w.lower[Math.min(w.size() - 1, i + 2)])) {
                return null;
            }
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        if ((w.is(i, "meeting", "meetings") && !w.isVerb(i) || w.is(i, "talks") && !w.pos[i].equals("VBZ"))
                && !anaphoric(w, i) && !negotiationsUnderWay(w, i)) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        if (w.is(i, "discussions", "consultations", "negotiations") && (w.is(i + 1, "with", "between") || w.is(i - 1, "bilateral"))) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        if (w.is(i, "contacts", "contact") && w.is(i + 1, "between", "with") && !w.isVerb(i)) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        // "paid a courtesy call on the Prime Minister", "called on President Ruto": a visit in person, not a
        // phone call; "called on Russia to stop" urges and is no meeting
        if (w.is(i, "courtesy") && w.is(i + 1, "call", "calls") && w.is(i + 2, "on", "upon", "to") && personAhead(w, i + 3)) {
            return Trigger.of(EventType.MEETING, i, i + 2);
        }
        if (w.is(i, "called", "calls", "call") && w.isVerb(i) && w.is(i + 1, "on", "upon") && personAhead(w, i + 2)
                && !urges(w, i + 2)) {
            return Trigger.of(EventType.MEETING, i, i + 2);
        }
        if (w.is(i, "conferred", "sat") && w.is(i + 1, "with", "down")) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        if (w.lemmaIs(i, "receive", "host", "greet") && w.isVerb(i) && personAhead(w, i + 1)) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        if (w.is(i, "greeted", "received", "hosted", "welcomed") && w.is(i + 1, "by") && w.is(i - 1, "was", "were", "being", "been")) {
            return Trigger.of(EventType.MEETING, i, i + 2);
        }
        if (w.lemmaIs(i, "welcome") && w.isVerb(i) && personAhead(w, i + 1) && !welcomedToPlace(w, i)) {
            return Trigger.of(EventType.MEETING, i, i + 1);
        }
        return null;
    }

    /** "agreed to speed up talks on a loan package": talks as a negotiation, not an occasion. */
    private static boolean negotiationsUnderWay(Words w, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (w.lemmaIs(j, "speed", "accelerate", "expedite", "advance", "continue", "stall", "conclude", "intensify")
                    || w.is(j, "ongoing", "stalled", "protracted")) {
                return true;
            }
        }
        return false;
    }

    /** "will lead the meeting", "the talks covered": a meeting already reported, not a new one. */
    private static boolean anaphoric(Words w, int i) {
        boolean definite = w.is(i - 1, "the", "this", "these", "that") || w.is(i - 2, "the", "this", "these") && w.pos[i - 1].startsWith("JJ");
        if (!definite) {
            return false;
        }
        for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
            if (w.is(j, "with", "between")) {
                return false;
            }
        }
        return true;
    }

    /** "the first South Korean leader to visit Japan in a year": a record, not an occasion. */
    private static boolean generic(Words w, int i) {
        if (!w.is(i - 1, "to")) {
            return false;
        }
        for (int j = i - 2; j >= Math.max(0, i - 7); j--) {
            if (w.is(j, "first", "last", "only", "latest") && w.is(j - 1, "the")) {
                return true;
            }
        }
        return false;
    }

    private static Trigger visit(Words w, int i) {
        if (generic(w, i)) {
            return null;
        }
        if (w.lemmaIs(i, "visit") || w.is(i, "visit", "visits", "visited", "visiting")) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        if (w.lemmaIs(i, "arrive") && (w.is(i + 1, "in", "at", "here") || w.is(i + 2, "in", "at"))) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        if (w.is(i, "arrival") && w.is(i + 1, "in", "at")) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        if (w.is(i, "trip", "trips", "tour", "journey") && !w.isVerb(i) && travelSense(w, i)) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        if (w.lemmaIs(i, "travel") && w.is(i + 1, "to")) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        if (w.lemmaIs(i, "welcome") && w.isVerb(i) && welcomedToPlace(w, i)) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        // "Putin is in China for a weekend summit", "who is in China on a state visit"
        if (w.lemmaIs(i, "be") && w.is(i + 1, "in") && w.nerIs(i + 2, "COUNTRY", "CITY")
                && w.is(i + 3, "for", "on", ",")) {
            return Trigger.of(EventType.VISIT, i, i + 2);
        }
        if (w.is(i, "delegation") && w.is(i + 1, "to") && w.nerIs(i + 2, "COUNTRY", "CITY")
                && (w.lemmaIs(i - 2, "lead", "head", "send") || w.lemmaIs(i - 3, "lead", "head", "send"))) {
            return Trigger.of(EventType.VISIT, i, i + 1);
        }
        return null;
    }

    private static Trigger message(Words w, int i) {
        if (MESSAGE_NOUNS.contains(w.lower[i]) && !w.isVerb(i)) {
            if (w.is(i, "wishes", "regards") && !w.is(i - 1, "best", "good", "warm", "cordial", "kind")) {
                return null;
            }
            if (w.is(i, "message", "messages") && !messageVerbNear(w, i) && !w.is(i - 1, "congratulatory", "condolence")) {
                return null;
            }
            return Trigger.of(EventType.MESSAGE, i, i + 1);
        }
        if (w.lemmaIs(i, "congratulate") && w.isVerb(i)) {
            return Trigger.of(EventType.MESSAGE, i, i + 1);
        }
        return null;
    }

    private static boolean messageVerbNear(Words w, int i) {
        for (int j = Math.max(0, i - 5); j < i; j++) {
            if (w.lemmaIs(j, "send", "deliver", "convey", "pass", "hand", "extend", "receive", "forward", "read")) {
                return true;
            }
        }
        return w.is(i + 1, "from", "to");
    }

    private static Trigger agreement(Words w, int i) {
        boolean signVerb = w.lemmaIs(i, "sign", "ink", "adopt", "conclude", "ratify", "initial") && w.isVerb(i)
                || w.is(i, "signing", "inking", "signature", "adoption");
        if (!signVerb) {
            return null;
        }
        for (int j = Math.max(0, i - 8); j < Math.min(w.size(), i + 12); j++) {
            if (Lexicon.DOCUMENTS.contains(w.lower[j]) && j != i) {
                return Trigger.of(EventType.AGREEMENT, i, i + 1);
            }
        }
        return null;
    }

    /** "greetings ... and best wishes" or a second "congratulations" in one sentence state one message. */
    private static List<Trigger> dropRepeatedMessages(List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        Trigger lastMessage = null;
        for (Trigger t : triggers) {
            if (t.type() == EventType.MESSAGE && lastMessage != null && t.start() - lastMessage.end() < 6) {
                continue;
            }
            if (t.type() == EventType.MESSAGE) {
                lastMessage = t;
            }
            out.add(t);
        }
        return out;
    }

    /** "his first foreign tour", "a trip to Moscow", not "a tour of the grounds". */
    private static boolean travelSense(Words w, int i) {
        if (w.is(i - 1, "state", "official", "foreign", "overseas", "first", "working", "regional", "diplomatic", "asian", "european", "african")
                || w.is(i + 1, "abroad", "overseas")) {
            return true;
        }
        for (int j = i + 1; j < Math.min(w.size(), i + 4); j++) {
            if (w.is(j, "to", "of", "in") && w.nerIs(j + 1, "COUNTRY", "CITY", "STATE_OR_PROVINCE")
                    || w.is(j, "to", "of", "in") && w.is(j + 1, "the") && w.nerIs(j + 2, "COUNTRY", "CITY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean personAhead(Words w, int from) {
        for (int j = from; j < Math.min(w.size(), from + 8); j++) {
            if (w.nerIs(j, "PERSON")) {
                return true;
            }
            if (w.isPunct(j) && !w.is(j, ",")) {
                return false;
            }
        }
        return false;
    }

    /** "called on X to do Y": an appeal, told by "to" and a verb after the person. */
    private static boolean urges(Words w, int from) {
        for (int j = from; j < Math.min(w.size() - 1, from + 10); j++) {
            if (w.is(j, "to") && w.pos[j + 1].equals("VB")) {
                return true;
            }
            if (w.is(j, ";", ".")) {
                return false;
            }
        }
        return false;
    }

    private static boolean welcomedToPlace(Words w, int i) {
        for (int j = i + 1; j < Math.min(w.size(), i + 10); j++) {
            if (w.is(j, "to", "in") && w.nerIs(j + 1, "COUNTRY", "CITY", "STATE_OR_PROVINCE")) {
                return true;
            }
        }
        return false;
    }
}
