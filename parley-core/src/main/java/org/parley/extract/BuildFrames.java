package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.DateSource;
import org.parley.model.EventType;

/**
 * Sentence by sentence, who each trigger's exchange is between ({@link SentenceRefs} finds the people a
 * sentence refers to, {@link FrameBuilder} fills the frame), with the status, date and place the sentence
 * states. In text order, as a sentence reads the one before: "he" is the last subject, "the two leaders"
 * the last pair, "the visit" the visit just reported.
 */
final class BuildFrames implements Component {

    /** The session cue of {@code patterns/sessions.tokensregex} for "on the sidelines of the ... Summit". */
    static final String SIDELINES_RULE = "session.attended.sidelines";

    /** The call rules of {@code patterns/triggers.tokensregex} that find a call by its medium, not its noun. */
    static final Set<String> MEDIUM_RULES = Set.of("call.medium_and_noun", "call.by_phone",
            "call.videoconference");


    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.SIDES, Layer.TRIGGERS, Layer.SYNTAX);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.FRAMES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        ArticlePeople people = doc.people(Layer.SIDES);
        List<List<Trigger>> triggersOf = doc.perSentence(Layer.TRIGGERS);
        List<List<SyntaxPatterns.Match>> syntax = doc.syntax();
        SentenceRefs refsFinder = new SentenceRefs(people);
        Dates dates = new Dates(doc.parsed().dates(), doc.clean().dateline());
        FrameBuilder frames = new FrameBuilder(people, new Places(doc.clean().dateline(), people), dates);
        List<Draft> drafts = new ArrayList<>();
        int previousSubject = -1;
        List<Integer> lastGroup = List.of();
        List<Words> sentences = doc.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            Words w = sentences.get(k);
            List<Ref> refs = refsFinder.refs(w, previousSubject, lastGroup);
            List<Trigger> triggers = triggersOf.get(k);
            List<Draft> found = frames.build(w, triggers, refs, drafts, previousSubject, syntax.get(k));
            retypeVirtualTalks(w, triggers, found, drafts);
            oneOccasionHeldByVideo(found);
            if (people.mentionsIn(k).isEmpty()) {
                sessionHeldByVideo(w, found, drafts);
            }
            gatheringsInTheTenseOfTheirMeetings(found);
            talksThatAreTheirSession(w, found);
            sessionOnTheDayOfTheTalks(w, found, drafts);
            chairsOfTheSession(w, refs, drafts);
            drafts.addAll(found);
            for (Draft d : found) {
                if (d.participants.size() >= 2 && d.type != EventType.MESSAGE) {
                    lastGroup = List.copyOf(d.participants);
                }
            }
            int subject = SentenceRefs.subjectOf(refs);
            if (subject >= 0) {
                previousSubject = subject;
            }
        }
        return doc.with(Layer.FRAMES, ExtractDoc.frozen(drafts));
    }

    /**
     * "The 11th meeting of the ... Committee was held on Wednesday. Li and Orlov co-chaired the
     * meeting.": the people who chaired or attended "the meeting" belong to the session just reported.
     */
    private static void chairsOfTheSession(Words w, List<Ref> refs, List<Draft> earlier) {
        // "The meeting was co-chaired by Volodin and Zhao": the people after "by"
        for (int i = 1; i + 3 < w.size(); i++) {
            boolean passive = w.is(i, "meeting", "session", "talks", "forum") && w.is(i - 1, "the", "The")
                    && w.is(i + 1, "was", "were") && w.lemmaIs(i + 2, "chair", "co-chair", "cochair", "preside", "host")
                    && w.is(i + 3, "by");
            if (passive) {
                addToLatestSession(w, Zones.persons(Zones.refsIn(refs, i + 4, w.size())), earlier);
                return;
            }
        }
        for (int i = 0; i + 2 < w.size(); i++) {
            boolean takesPart = w.lemmaIs(i, "chair", "co-chair", "cochair", "attend", "host", "preside", "address", "open");
            int noun = w.is(i + 1, "the", "this") ? i + 2 : w.is(i + 1, "over") && w.is(i + 2, "the") ? i + 3 : -1;
            if (!takesPart || noun < 0 || noun >= w.size() || !w.is(noun, "meeting", "session", "talks", "forum", "summit")) {
                continue;
            }
            List<Integer> who = new ArrayList<>(Zones.persons(Zones.refsIn(refs, 0, i)));
            // "co-chaired the session alongside Deputy Speaker X", "together with X"
            int with = w.is(noun + 1, "together") ? noun + 2 : noun + 1;
            if (w.is(with, "alongside", "with")) {
                List<Ref> after = Zones.refsIn(refs, with + 1, w.size());
                if (!after.isEmpty()) {
                    who.addAll(after.get(0).persons());
                }
            }
            addToLatestSession(w, who, earlier);
            return;
        }
    }

    private static void addToLatestSession(Words w, List<Integer> who, List<Draft> earlier) {
        for (int j = earlier.size() - 1; j >= 0 && !who.isEmpty(); j--) {
            Draft d = earlier.get(j);
            if (w.sentence.index() - d.sentence > 3) {
                break;
            }
            if (d.type == EventType.SESSION) {
                for (Integer p : who) {
                    if (!d.participants.contains(p)) {
                        d.participants.add(p);
                    }
                }
                break;
            }
        }
    }

    /**
     * "Mwangi will meet Fathy on the sidelines of the African Union summit next week": the gathering
     * the meeting is on the sidelines of is as planned or done as the meeting, and on its date.
     */
    private static void gatheringsInTheTenseOfTheirMeetings(List<Draft> found) {
        Draft meeting = found.stream().filter(d -> d.type == EventType.MEETING || d.type == EventType.CALL)
                .findFirst().orElse(null);
        if (meeting == null) {
            return;
        }
        for (Draft d : found) {
            if (d.type == EventType.SESSION && d.rules.contains(SIDELINES_RULE)) {
                d.status = meeting.status;
                if (!d.date.known()) {
                    d.date = meeting.date;
                }
            }
        }
    }

    /**
     * "Mwangi is to hold talks with Fathy at the 12th Kenya-Egypt Joint Commission on Thursday": talks held
     * at the session by the people who hold it are the session, one event (GOLD.md "Session or meeting"),
     * as planned or done as the talks and on their date. Talks on the sidelines of a gathering stay a meeting
     * of their own, as do talks the sentence reports besides the session ("held talks and co-chaired").
     */
    private static void talksThatAreTheirSession(Words w, List<Draft> found) {
        for (Draft session : List.copyOf(found)) {
            if (session.type != EventType.SESSION || session.mechanism == null || session.rules.contains(SIDELINES_RULE)
                    || !heldAt(w, session.mechanism) || !ofTwoCountries(session.mechanism)) {
                continue;
            }
            Draft talks = found.stream().filter(d -> d.type == EventType.MEETING && d.participants.size() >= 2
                    && session.participants.containsAll(d.participants)).findFirst().orElse(null);
            if (talks != null) {
                // the session's own date stands next to its name; read in the other tense it pointed the wrong way
                if (talks.date.known() && (!session.date.known() || session.status != talks.status)) {
                    session.date = talks.date;
                }
                session.status = talks.status;
                session.because(talks.rules);
                found.remove(talks);
            }
        }
    }

    /**
     * "The meeting on Friday brought together X and Y. Their talks coincided with the fourth session of the
     * ... working group.": the session was held on the day of the talks just reported.
     */
    private static void sessionOnTheDayOfTheTalks(Words w, List<Draft> found, List<Draft> earlier) {
        boolean coincided = false;
        for (int i = 0; i < w.size(); i++) {
            coincided |= w.lemmaIs(i, "coincide") || w.is(i, "coincided", "coincides", "coinciding");
        }
        if (!coincided || earlier.isEmpty()) {
            return;
        }
        Draft talks = earlier.get(earlier.size() - 1);
        boolean dated = talks.date.known() && talks.date.source() != DateSource.ARTICLE_DATE;
        if ((talks.type != EventType.MEETING && talks.type != EventType.CALL) || !dated || w.sentence.index() - talks.sentence > 2) {
            return;
        }
        for (Draft d : found) {
            if (d.type == EventType.SESSION && (!d.date.known() || d.date.source() == DateSource.ARTICLE_DATE)) {
                d.date = talks.date;
                d.status = talks.status;
            }
        }
    }

    /**
     * "the 37th Franco-British Summit", "the Kenya-Egypt Joint Commission", "the third bilateral ... Dialogue":
     * a body of two countries, whose
     * session the two hold together. Talks at a summit of many ("the 24th SCO Summit") are a meeting on its
     * margins (GOLD.md, "Multilateral gatherings").
     */
    static boolean ofTwoCountries(String mechanism) {
        List<String> words = List.of(mechanism.split("[\\s\\-–]+"));
        long sides = Gazetteer.get().allSides(words, 0, words.size()).stream().map(Gazetteer.Hit::iso3).distinct().count();
        boolean pairName = sides >= 1 && mechanism.matches(".*\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+.*");
        return sides >= 2 || pairName || mechanism.toLowerCase(Locale.ROOT).contains("bilateral");
    }

    /** True when the sentence places something "at", "during" or "for" the session named ("met X for the third ... Dialogue"). */
    private static boolean heldAt(Words w, String mechanism) {
        String first = mechanism.split("\\s+")[0];
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean placed = w.is(i, "at", "during") || w.is(i, "for") && (w.is(i - 1, ",") || w.nerIs(i - 1, "PERSON"));
            if (placed && (w.word[i + 1].equals(first)
                    || w.is(i + 1, "the") && i + 2 < w.size() && w.word[i + 2].equals(first))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Xi holds talks with Putin via video link": the talks are the call, one occasion, not a meeting and a
     * call; "co-chaired the 25th session ... via video link": the session was held by video, no call besides.
     * Only a call found by its medium ("via video link", "by phone", "a virtual meeting") and sharing a
     * person with the talks or session of its sentence is read so.
     */
    private static void oneOccasionHeldByVideo(List<Draft> found) {
        Draft call = found.stream().filter(d -> d.type == EventType.CALL && !d.rules.isEmpty()
                && MEDIUM_RULES.contains(d.rules.get(0))).findFirst().orElse(null);
        if (call == null) {
            return;
        }
        Draft session = sharing(found, call, EventType.SESSION);
        if (session != null) {
            found.remove(call);
            return;
        }
        Draft meeting = sharing(found, call, EventType.MEETING);
        if (meeting != null) {
            for (Integer p : meeting.participants) {
                if (!call.participants.contains(p)) {
                    call.participants.add(p);
                }
            }
            call.because(meeting.rules);
            found.remove(meeting);
        }
    }

    /**
     * "The 3rd meeting of the ... Commission will be co-chaired by X and Y. The meeting will be held on
     * Sept. 29 via video link.": a call named by its medium alone, in a sentence that names nobody and
     * speaks of the meeting just reported, is how that session is held, not a call of its own.
     */
    private static void sessionHeldByVideo(Words w, List<Draft> found, List<Draft> earlier) {
        if (earlier.isEmpty() || !refersBackToTalks(w)) {
            return;
        }
        Draft last = earlier.get(earlier.size() - 1);
        if (last.type == EventType.SESSION && w.sentence.index() - last.sentence <= 3) {
            found.removeIf(d -> d.type == EventType.CALL && !d.rules.isEmpty() && MEDIUM_RULES.contains(d.rules.get(0)));
        }
    }

    /** The first frame of the type whose people include one of the call's. */
    private static Draft sharing(List<Draft> found, Draft call, EventType type) {
        return found.stream().filter(d -> d.type == type && d.participants.stream().anyMatch(call.participants::contains))
                .findFirst().orElse(null);
    }

    /** "These virtual talks ..." with nobody named: the talks reported just before were a call. */
    private static void retypeVirtualTalks(Words w, List<Trigger> triggers, List<Draft> found, List<Draft> earlier) {
        int sentence = w.sentence.index();
        boolean anonymousCall = triggers.stream().anyMatch(t -> t.type() == EventType.CALL)
                && found.stream().noneMatch(d -> d.type == EventType.CALL);
        if (!anonymousCall) {
            return;
        }
        String callRule = triggers.stream().filter(t -> t.type() == EventType.CALL).findFirst().map(Trigger::rule).orElse(null);
        // "Xi holds talks with Putin via video link": the talks of this very sentence
        for (int i = 0; i < found.size(); i++) {
            Draft d = found.get(i);
            if (d.type == EventType.MEETING) {
                found.set(i, new Draft(EventType.CALL, d.status, d.date, null, d.participants, null, d.sentence, d.confidence)
                        .because(d.rules).because(callRule));
                return;
            }
        }
        if (!refersBackToTalks(w)) {
            return;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft d = earlier.get(i);
            if (sentence - d.sentence > 3 || d.type == EventType.SESSION) {
                return; // "the meeting will be held via video link" after a session: the session is held so
            }
            if (d.type == EventType.MEETING) {
                earlier.set(i, new Draft(EventType.CALL, d.status, d.date, d.location, d.participants, null, d.sentence, d.confidence)
                        .because(d.rules).because(callRule));
                return;
            }
        }
    }

    /**
     * "These virtual talks", "the meeting was held via video link": the sentence speaks of talks already
     * reported. "The leaders announced the extension via video link" speaks of another occasion.
     */
    private static boolean refersBackToTalks(Words w) {
        for (int i = 1; i < w.size(); i++) {
            if (w.is(i, "talks", "meeting", "conversation", "summit", "discussion", "discussions", "negotiations",
                    "consultations", "call", "conference")
                    && (w.is(i - 1, "the", "these", "this", "their") || i > 1 && w.is(i - 2, "the", "these", "this", "their"))) {
                return true;
            }
        }
        return false;
    }
}
