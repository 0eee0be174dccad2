package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.parley.lexicon.OfficeHolders;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.model.Event;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Extraction;
import org.parley.model.Participant;
import org.parley.nlp.ParsedText;
import org.parley.nlp.Sentence;
import org.parley.nlp.time.DateContext;
import org.parley.stage.Stage;

/**
 * Reads events and persons out of one parsed article, sentence by sentence: people first (names,
 * titles, sides), then per sentence the triggers and their frames, then one event per occasion.
 * Rules only, no model: every event can be traced to the sentence and words that made it.
 */
public final class Extractor implements Stage<ParsedText, Extraction> {

    private final OfficeHolders holders;

    /** Sides read from the text first, then from the bundled office-holder table. */
    public Extractor() {
        this(OfficeHolders.load());
    }

    /** @param holders the office-holder knowledge base; {@link OfficeHolders#none()} for the text alone */
    public Extractor(OfficeHolders holders) {
        this.holders = holders;
    }

    @Override
    public Extraction apply(ParsedText parsed) {
        CleanText clean = parsed.clean();
        List<Words> sentences = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            sentences.add(new Words(s));
        }
        DateContext when = parsed.dates().context();
        Optional<LocalDate> onDate = Optional.ofNullable(when.anchor());
        ArticlePeople people = new ArticlePeople(sentences, holders, onDate);
        if (clean.dateline().place() != null) {
            people.sideFromDateline(Gazetteer.get().countryOfPlace(clean.dateline().place()));
        }
        List<Draft> drafts = readDrafts(parsed, sentences, people);
        CarriedDates.fill(drafts, sentences);
        drafts.removeIf(d -> congratulatedInPerson(d, drafts, sentences));
        List<Draft> merged = EventMerger.merge(drafts);
        new Locations(clean.dateline(), people, sentences).settle(merged);
        hostSides(merged, people);
        UnnamedSessions.borrowParticipants(merged, people, sentences);
        merged.removeIf(d -> dropNonParticipants(d, people));
        List<Event> events = new ArrayList<>();
        for (Draft d : merged) {
            events.add(toEvent(d, clean, parsed.sentences().get(d.sentence), people));
        }
        return new Extraction(clean.article(), clean.published(), clean.publishedHow(), clean.text(), events,
                people.persons());
    }

    private List<Draft> readDrafts(ParsedText parsed, List<Words> sentences, ArticlePeople people) {
        CleanText clean = parsed.clean();
        SentenceRefs refsFinder = new SentenceRefs(people);
        Dates dates = new Dates(parsed.dates(), clean.dateline());
        FrameBuilder frames = new FrameBuilder(people, new Places(clean.dateline(), people), dates);
        List<Draft> drafts = new ArrayList<>();
        int previousSubject = -1;
        List<Integer> lastGroup = List.of();
        for (Words w : sentences) {
            List<Ref> refs = refsFinder.refs(w, previousSubject, lastGroup);
            List<Trigger> sessions = MechanismFinder.find(w).stream()
                    .filter(t -> !people.insideTitle(w.sentence.index(), t.start(), t.end())).toList();
            List<Trigger> triggers = TriggerFinder.find(w, sessions);
            List<Draft> found = frames.build(w, triggers, refs, drafts, previousSubject);
            retypeVirtualTalks(w, triggers, found, drafts);
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
        return drafts;
    }

    /**
     * "During the visit to Nepal he called on Prime Minister Oli": a host named by office alone
     * acts for the country the exchange took place in, when the guests are of another side. A message
     * has a place only when it was handed over in person, so the same holds for its recipient.
     */
    private static void hostSides(List<Draft> drafts, ArticlePeople people) {
        for (Draft d : drafts) {
            if (d.location == null || d.type == EventType.CALL) {
                continue;
            }
            String country = Gazetteer.get().countryOfPlace(d.location);
            if (country == null) {
                continue;
            }
            boolean guestsElsewhere = d.participants.stream().map(people::person)
                    .anyMatch(c -> c.side() != null && !c.side().equals(country));
            for (Integer id : d.participants) {
                PersonCluster c = people.person(id);
                if (c.side() == null && guestsElsewhere) {
                    c.vote(country, 1);
                }
            }
        }
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
            int noun = w.is(i + 1, "the") ? i + 2 : w.is(i + 1, "over") && w.is(i + 2, "the") ? i + 3 : -1;
            if (!takesPart || noun < 0 || noun >= w.size() || !w.is(noun, "meeting", "session", "talks", "forum", "summit")) {
                continue;
            }
            addToLatestSession(w, Zones.persons(Zones.refsIn(refs, 0, i)), earlier);
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
     * "Xi welcomed Lam's visit and congratulated her on her election", "Tinubu visited Mahama to
     * congratulate him": congratulations spoken where the two met or called are part of that meeting or
     * call, not a message. Only a bare "congratulated" counts so; a message, letter or cable is sent.
     */
    private static boolean congratulatedInPerson(Draft d, List<Draft> all, List<Words> sentences) {
        if (d.type != EventType.MESSAGE || d.participants.size() < 2) {
            return false;
        }
        Words w = sentences.get(d.sentence);
        boolean spoken = false;
        for (int i = 0; i < w.size(); i++) {
            if (w.lemmaIs(i, "congratulate") && w.isVerb(i)) {
                spoken = true;
            }
            if (Lexicon.SENT_WORDS.contains(w.lower[i])) {
                return false;
            }
        }
        if (!spoken) {
            return false;
        }
        for (Draft other : all) {
            boolean inPerson = other.type == EventType.MEETING || other.type == EventType.CALL || other.type == EventType.VISIT;
            if (inPerson && Math.abs(other.sentence - d.sentence) <= 2
                    && other.participants.containsAll(d.participants)) {
                return true;
            }
        }
        return false;
    }

    /** Removes spouses and bare names; true when nobody is left of a draft that had people. */
    private static boolean dropNonParticipants(Draft d, ArticlePeople people) {
        boolean hadPeople = !d.participants.isEmpty();
        boolean removed = d.participants.removeIf(id -> people.person(id).notAParticipant());
        boolean exchange = d.type == EventType.MEETING || d.type == EventType.CALL;
        return hadPeople && d.participants.isEmpty() || removed && exchange && d.participants.size() < 2;
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
            if (sentence - d.sentence > 3) {
                return;
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

    private static Event toEvent(Draft d, CleanText clean, Sentence s, ArticlePeople people) {
        List<Participant> participants = new ArrayList<>();
        Set<String> sides = new HashSet<>();
        for (Integer id : d.participants) {
            PersonCluster c = people.person(id);
            String title = c.titles.isEmpty() ? null : c.titles.iterator().next();
            participants.add(new Participant(c.canonical, c.side(), title));
            if (c.side() != null) {
                sides.add(c.side());
            }
        }
        String placeCountry = d.location == null ? null : Gazetteer.get().countryOfPlace(d.location);
        boolean thirdPlace = placeCountry != null && !sides.isEmpty() && !sides.contains(placeCountry);
        Evidence evidence = new Evidence(clean.article().id(), s.text(), clean.offsets().toOriginal(s.begin()),
                clean.offsets().toOriginalEnd(s.end()));
        return new Event(d.type, d.status, d.date, d.location, participants, d.mechanism, evidence,
                Cameo.code(d.type, d.status, thirdPlace), Math.round(d.confidence * 100) / 100.0, d.rules);
    }
}
