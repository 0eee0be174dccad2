package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.nlp.time.TimeMention;

/**
 * Turns the triggers of one sentence into draft events: who took part (the people before the first
 * trigger are its subject, the people after each trigger up to the next are its object), whether it
 * happened or lies ahead, when and where.
 */
final class FrameBuilder {

    private static final Set<String> ZONE_STOPS = Set.copyOf(java.util.List.of(";", "said", "saying", "says", "adding", "noting",
            "stressing", "where", "which", "while", "according", "but", "“", "\""));

    private final ArticlePeople people;
    private final Places places;
    private final Dates dates;

    FrameBuilder(ArticlePeople people, Places places, Dates dates) {
        this.people = people;
        this.places = places;
        this.dates = dates;
    }

    private int previousSubject = -1;
    /** The visit this sentence refers back to ("During the visit, ..."), if any. */
    private Draft duringVisit;

    List<Draft> build(Words w, List<Trigger> triggers, List<Ref> refs, List<Draft> earlier, int previousSubject) {
        this.previousSubject = previousSubject;
        this.duringVisit = null;
        List<Draft> out = new ArrayList<>();
        if (triggers.isEmpty()) {
            return out;
        }
        int firstTrigger = triggers.get(0).start();
        List<Ref> everyone = refs;
        refs = actors(w, refs, firstTrigger);
        List<Ref> previousObject = List.of();
        java.util.Set<Ref> consumed = new java.util.HashSet<>();
        boolean previousPlanned = false;
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            if (aggregate(w, t)) {
                continue;
            }
            int zoneEnd = zoneEnd(w, t, k + 1 < triggers.size() ? triggers.get(k + 1).start() : w.size());
            List<Ref> object = refsIn(refs, t.end(), zoneEnd);
            if (object.isEmpty() && (t.type() == EventType.MEETING || t.type() == EventType.CALL)) {
                object = previousObject; // "welcomed Modi ... ahead of official talks": the same two
            }
            // the people before this trigger who are not the object of an earlier one
            List<Ref> subject = new ArrayList<>();
            for (Ref r : refsIn(refs, 0, t.start())) {
                if (!consumed.contains(r)) {
                    subject.add(r);
                }
            }
            List<Ref> own = ownSubject(w, refs, triggers, k, subject);
            boolean inheritPlanned = previousPlanned && k > 0 && !boundaryBetween(w, triggers.get(k - 1).end(), t.start());
            List<Draft> made = new ArrayList<>();
            switch (t.type()) {
                case MEETING, CALL -> made.addAll(meetings(w, t, own, object, zoneEnd));
                case VISIT -> add(made, visit(w, t, refs, everyone, zoneEnd, earlier, out));
                case SESSION -> add(made, session(w, t, refs, zoneEnd));
                case AGREEMENT -> add(made, agreement(w, t, own, object, zoneEnd, earlier));
                case MESSAGE -> add(made, message(w, t, refs, own, object, zoneEnd));
            }
            for (Draft d : made) {
                if (inheritPlanned && d.status == EventStatus.OCCURRED && !d.date.known()
                        || inheritPlanned && d.date.source() == org.parley.model.DateSource.ARTICLE_DATE) {
                    d.status = EventStatus.PLANNED;
                }
            }
            for (Draft d : made) {
                datedByVisit(d);
            }
            out.addAll(made);
            if (!made.isEmpty()) {
                consumed.addAll(refsIn(refs, t.end(), zoneEnd));
            }
            if (!object.isEmpty()) {
                previousObject = object;
            }
            previousPlanned = made.stream().anyMatch(d -> d.status == EventStatus.PLANNED);
        }
        return out;
    }

    /** "During the visit, Santoso is expected to hold talks with Mansour": in the visit's month. */
    private void datedByVisit(Draft d) {
        Draft visit = duringVisit;
        if (visit == null || d.type == EventType.VISIT || !visit.date.known()
                || visit.date.source() == org.parley.model.DateSource.ARTICLE_DATE
                || d.date.known() && d.date.source() != org.parley.model.DateSource.ARTICLE_DATE) {
            return;
        }
        org.parley.model.FuzzyDate start = visit.date.start();
        boolean oneDay = visit.date.end() == null && start.precision() == org.parley.model.DatePrecision.DAY;
        d.date = new EventDate(oneDay ? start : start.coarsen(org.parley.model.DatePrecision.MONTH), null,
                visit.date.source(), visit.date.text());
        d.status = visit.status;
    }

    private static void add(List<Draft> out, Draft d) {
        if (d != null) {
            out.add(d);
        }
    }

    private static boolean boundaryBetween(Words w, int from, int to) {
        for (int j = from; j < to; j++) {
            if (w.is(j, ";", "said", "says", "while", "but")) {
                return true;
            }
        }
        return false;
    }

    /** "have met four times", "meeting regularly": a pattern of meetings, not one occasion. */
    private static boolean aggregate(Words w, Trigger t) {
        for (int j = t.end(); j < Math.min(w.size(), t.end() + 4); j++) {
            if (w.is(j, "regularly", "frequently", "often", "repeatedly", "routinely")
                    || w.is(j, "times") && (w.nerIs(j - 1, "NUMBER") || w.is(j - 1, "several", "many", "multiple", "of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people who act in the sentence: not the one "according to" whom it is told, not a
     * speaker who "said" or "told", not the hosts "at the invitation of".
     */
    private static List<Ref> actors(Words w, List<Ref> refs, int firstTrigger) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            boolean speaker = (w.is(r.end(), "said", "told", "says", "stated", "added", "noted", "revealed", "announced",
                    "confirmed", "disclosed", "reported", "explained", "declared", "stressed", "insisted")
                    || w.is(r.end(), ",") && w.is(r.end() + 1, "said", "told")) && r.kind() != Ref.Kind.COLLECTIVE;
            int opening = titleStart(w, r.start());
            while (opening > 0 && opening > r.start() - 4 && !w.is(opening - 1, ",") && !w.isVerb(opening - 1)) {
                opening--; // "..., a government spokesman said"
            }
            // "Peskov told a briefing that Putin and Modi would meet": the speaker is not in the meeting
            boolean reports = speaker && r.end() <= firstTrigger
                    && refs.stream().anyMatch(o -> o.start() > r.end() && o.end() <= firstTrigger)
                    // "Putin will hold a meeting with Wang Yi on Tuesday, Kremlin spokesman Peskov said"
                    || speaker && r.start() > firstTrigger && w.is(opening - 1, ",")
                    && refs.stream().anyMatch(o -> o.end() <= firstTrigger);
            boolean source = w.is(r.start() - 1, "to") && w.is(r.start() - 2, "according")
                    || reports
                    || inInvitation(w, r.start());
            if (!source) {
                out.add(r);
            }
        }
        return out;
    }

    private static int titleStart(Words w, int nameStart) {
        return TitleReader.before(w, nameStart).map(TitleReader.Title::start).orElse(nameStart);
    }

    private static boolean inInvitation(Words w, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 30); j--) {
            if (w.is(j, "invitation") && w.is(j + 1, "of")) {
                for (int k = j + 2; k < i; k++) {
                    if (w.isVerb(k) && !w.is(k, "chairman")) {
                        return false;
                    }
                }
                return true;
            }
            if (w.isVerb(j)) {
                return false;
            }
        }
        return false;
    }

    /** A later trigger after a clause break ("; X met Y") has its own subject. */
    private static List<Ref> ownSubject(Words w, List<Ref> refs, List<Trigger> triggers, int k, List<Ref> subject) {
        if (k == 0) {
            return subject;
        }
        int from = triggers.get(k - 1).end();
        for (int j = triggers.get(k).start() - 1; j >= from; j--) {
            if (w.is(j, ";") || w.is(j, "during") && w.is(j + 1, "which")) {
                List<Ref> own = refsIn(refs, j, triggers.get(k).start());
                return own.isEmpty() ? subject : own;
            }
        }
        return subject;
    }

    private static int zoneEnd(Words w, Trigger t, int next) {
        for (int j = t.end(); j < next; j++) {
            if (ZONE_STOPS.contains(w.lower[j]) && !(w.is(j, "which") && w.is(j - 1, "during"))) {
                return j;
            }
        }
        return next;
    }

    static List<Ref> refsIn(List<Ref> refs, int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.start() >= from && r.end() <= to) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<Integer> persons(List<Ref> refs) {
        LinkedHashSet<Integer> out = new LinkedHashSet<>();
        for (Ref r : refs) {
            out.addAll(r.persons());
        }
        return new ArrayList<>(out);
    }

    private List<Draft> meetings(Words w, Trigger t, List<Ref> subject, List<Ref> object, int zoneEnd) {
        List<Draft> out = new ArrayList<>();
        // "the two heads of state" in a meeting sentence names the leaders spoken of, not those present
        if (subject.stream().anyMatch(r -> r.kind() != Ref.Kind.COLLECTIVE) || !object.isEmpty()) {
            subject = subject.stream().filter(r -> r.kind() != Ref.Kind.COLLECTIVE).toList();
            object = object.stream().filter(r -> r.kind() != Ref.Kind.COLLECTIVE).toList();
        }
        List<Integer> objects = persons(object);
        boolean separate = w.is(t.start() - 1, "separate") || w.is(t.start() - 2, "separate")
                || lowerIn(w, t.end(), zoneEnd, "respectively", "separately");
        if (separate && !subject.isEmpty() && objects.size() > 1) {
            for (Integer o : objects) {
                Draft d = meeting(w, t, persons(subject), List.of(o), zoneEnd);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        }
        // "a final meeting between Obama and Netanyahu": exactly the people named after "between"
        List<Integer> who = w.is(t.end(), "between") && objects.size() >= 2 ? List.of() : persons(subject);
        Draft d = meeting(w, t, who, objects, zoneEnd);
        if (d == null) {
            return out;
        }
        // "met twice, in Xi'an and Beijing": two occasions
        if (lowerIn(w, t.end(), zoneEnd, "twice")) {
            List<String> where = places.allAfter(w, t.end(), zoneEnd);
            if (where.size() == 2) {
                Draft second = new Draft(d.type, d.status, d.date, where.get(1), d.participants, null, d.sentence, d.confidence);
                d.location = where.get(0);
                out.add(d);
                out.add(second);
                return out;
            }
        }
        out.add(d);
        return out;
    }

    private static boolean lowerIn(Words w, int from, int to, String... words) {
        for (int j = from; j < Math.min(to, w.size()); j++) {
            if (w.is(j, words)) {
                return true;
            }
        }
        return false;
    }

    private Draft meeting(Words w, Trigger t, List<Integer> subject, List<Integer> objects, int zoneEnd) {
        List<Integer> who = new ArrayList<>(subject);
        for (Integer p : objects) {
            if (!who.contains(p)) {
                who.add(p);
            }
        }
        fillOtherSide(w, t.end(), w.size(), who);
        if (who.size() < 2 || oneSide(who)) {
            return null;
        }
        return draft(w, t, who, zoneEnd, null);
    }

    /**
     * "met with officials of the Russian Communist Party": the people are not named here, but the
     * article's most-mentioned person of that side is the one the text means.
     */
    private void fillOtherSide(Words w, int from, int to, List<Integer> who) {
        if (who.isEmpty() || !oneSide(who)) {
            return;
        }
        String known = people.person(who.get(0)).side();
        for (Gazetteer.Hit h : Gazetteer.get().allSides(w.wordList, from, to)) {
            if (known != null && !h.iso3().equals(known) && h.kind() != Gazetteer.Kind.CITY) {
                people.mostSalient(h.iso3(), Set.copyOf(who)).ifPresent(c -> who.add(c.id));
                return;
            }
        }
    }

    private boolean oneSide(List<Integer> who) {
        Set<String> sides = new LinkedHashSet<>();
        int unknown = 0;
        for (Integer p : who) {
            String s = people.person(p).side();
            if (s == null) {
                unknown++;
            } else {
                sides.add(s);
            }
        }
        // nobody with a known side is no diplomatic exchange ("the curator first met the climber")
        return sides.isEmpty() || sides.size() + Math.min(unknown, who.size() - 1) < 2;
    }

    private Draft visit(Words w, Trigger t, List<Ref> refs, List<Ref> everyone, int zoneEnd, List<Draft> earlier,
                        List<Draft> sameSentence) {
        Integer visitor = null;
        List<Integer> hosts = new ArrayList<>();
        List<Ref> object = refsIn(refs, t.end(), zoneEnd);
        List<Ref> before = refsIn(refs, 0, t.start());
        List<Ref> subject = before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
        boolean anaphoric = w.is(t.start() - 1, "the", "this", "that", "The", "This")
                && !w.is(t.end(), "by", "of") && !w.is(t.start(), "visiting");
        if (anaphoric) {
            Draft visit = enrichEarlierVisit(w, t, zoneEnd, earlier, sameSentence);
            if (visit != null) {
                // "The visit is at the invitation of Zhao Leji": the host of the visit just reported
                for (Integer host : invitingHosts(w, everyone)) {
                    if (!visit.participants.contains(host)) {
                        visit.participants.add(host);
                    }
                }
            }
            return null;
        }
        boolean adjective = w.is(t.start(), "visiting") && !w.is(t.start() + 1, "the", "China", "Russia")
                && !w.nerIs(t.start() + 1, "COUNTRY", "CITY");
        if (w.is(t.end(), "by", "of")) {
            if (!object.isEmpty() && object.get(0).start() <= t.end() + 4) {
                visitor = object.get(0).persons().get(0);
            } else {
                // "the visit of the Russian parliament delegation": the delegation's best-known member
                visitor = Gazetteer.get().firstSide(w.wordList, t.end(), Math.min(w.size(), t.end() + 12))
                        .flatMap(h -> people.mostSalient(h.iso3(), Set.of())).map(c -> c.id).orElse(null);
            }
        }
        if (visitor != null) {
            // found above
        } else if (adjective && !object.isEmpty()) {
            visitor = object.get(0).persons().get(0);
        } else if (possessiveBefore(refs, t.start(), w) != null) {
            visitor = possessiveBefore(refs, t.start(), w);
        } else if (w.lemmaIs(t.start(), "welcome") && !object.isEmpty()) {
            visitor = object.get(0).persons().get(0);
            hosts.addAll(persons(subject));
        } else if (!subject.isEmpty()) {
            visitor = subject.get(0).persons().get(0);
        } else if (t.start() <= 1 && !object.isEmpty()) {
            visitor = object.get(0).persons().get(0); // "Arriving in Jakarta on Sunday, the Prime Minister ..."
        } else if (t.start() <= 1) {
            List<Ref> rest = refsIn(refs, zoneEnd, w.size());
            visitor = rest.isEmpty() ? null : rest.get(0).persons().get(0);
        }
        hosts.addAll(invitingHosts(w, everyone));
        if (visitor == null) {
            enrichEarlierVisit(w, t, zoneEnd, earlier, sameSentence);
            return null;
        }
        List<Integer> who = new ArrayList<>();
        who.add(visitor);
        for (Integer h : hosts) {
            if (!who.contains(h)) {
                who.add(h);
            }
        }
        Draft d = draft(w, t, who, zoneEnd, null);
        String destination = d.location == null ? null : Gazetteer.get().countryOfPlace(d.location);
        if (destination != null && destination.equals(people.person(visitor).side())) {
            // nobody visits their own country: "his visit to Israel" is the guest's, not Netanyahu's
            for (Ref r : refs) {
                Integer other = r.persons().get(0);
                String side = people.person(other).side();
                if (r.persons().size() == 1 && side != null && !side.equals(destination) && r.start() < t.start()) {
                    d.participants.remove(other);
                    d.participants.set(0, other);
                    return d;
                }
            }
            return null;
        }
        return d;
    }

    private static Integer possessiveBefore(List<Ref> refs, int triggerStart, Words w) {
        for (Ref r : refs) {
            if (r.possessive() && r.end() <= triggerStart && triggerStart - r.end() <= 4
                    && (r.kind() != Ref.Kind.PRONOUN || w.is(r.start(), "his", "her"))) {
                boolean onlyModifiers = true;
                for (int j = r.end(); j < triggerStart; j++) {
                    if (!(w.is(j, "'s", "’s", "state", "official", "first", "working", "upcoming", "recent", "two-day", "three-day")
                            || w.pos[j].startsWith("JJ"))) {
                        onlyModifiers = false;
                    }
                }
                if (onlyModifiers) {
                    return r.persons().get(0);
                }
            }
        }
        return null;
    }

    /** "At the invitation of Viacheslav Volodin ... and ... Valentina Matviyenko": the hosts. */
    private static List<Integer> invitingHosts(Words w, List<Ref> refs) {
        for (int i = 0; i + 1 < w.size(); i++) {
            if (w.is(i, "invitation") && w.is(i + 1, "of")) {
                int end = i + 2;
                while (end < w.size() && !w.is(end, ",") || end < w.size() && (w.is(end + 1, "and") || refStartsAt(refs, end + 1) || w.nerIs(end + 1, "TITLE"))) {
                    if (w.isVerb(end) && !w.is(end, "chairman")) {
                        break;
                    }
                    end++;
                }
                return persons(refsIn(refs, i + 2, end));
            }
        }
        return List.of();
    }

    private static boolean refStartsAt(List<Ref> refs, int i) {
        return refs.stream().anyMatch(r -> r.start() == i);
    }

    /** "The visit will take place from Friday to Sunday": dates for the visit named just before. */
    private Draft enrichEarlierVisit(Words w, Trigger t, int zoneEnd, List<Draft> earlier, List<Draft> sameSentence) {
        Draft target = null;
        for (Draft d : sameSentence) {
            if (d.type == EventType.VISIT) {
                target = d;
            }
        }
        for (int i = earlier.size() - 1; target == null && i >= 0; i--) {
            Draft d = earlier.get(i);
            if (d.type == EventType.VISIT && w.sentence.index() - d.sentence <= 3) {
                target = d;
            }
        }
        if (target == null) {
            return null;
        }
        boolean planned = target.status == EventStatus.PLANNED || Status.plannedByWords(w, t);
        EventDate when = dates.forTrigger(w, t, zoneEnd, planned, true);
        if (planned && when.known() && when.source() != org.parley.model.DateSource.ARTICLE_DATE) {
            target.status = EventStatus.PLANNED;
        }
        duringVisit = target;
        if (when.known() && (!target.date.known() || target.date.source() == org.parley.model.DateSource.ARTICLE_DATE
                || when.end() != null && target.date.end() == null)) {
            target.date = when;
        }
        return target;
    }

    private Draft session(Words w, Trigger t, List<Ref> refs, int zoneEnd) {
        List<Integer> who = persons(refsIn(refs, 0, t.start()));
        if (who.isEmpty()) {
            // "The Sino-German consultations, led by X and Y, are expected to ...": the people around it
            who = persons(refsIn(refs, t.end(), zoneEnd));
        }
        membersByTitle(t.mechanism(), who);
        if (!who.isEmpty() && oneSide(who) && previousSubject >= 0 && !who.contains(previousSubject)) {
            who.add(0, previousSubject); // "The plan was conveyed to Widodo during the Annual Leaders' Meeting"
            if (oneSide(who)) {
                who.remove(0);
            }
        }
        return draft(w, t, who, zoneEnd, t.mechanism());
    }

    /**
     * "representatives of the 14th Plenary Session of the ... Committee": officers the article
     * titles by that body ("chairman of the Russian side of the committee").
     */
    private void membersByTitle(String mechanism, List<Integer> who) {
        String lower = mechanism.toLowerCase(java.util.Locale.ROOT);
        for (String body : List.of("committee", "commission", "forum")) {
            if (!lower.contains(body)) {
                continue;
            }
            for (PersonCluster c : people.clusters) {
                for (String title : c.titles) {
                    String t = title.toLowerCase(java.util.Locale.ROOT);
                    if ((t.endsWith("of the " + body) || t.contains("side of the " + body)) && !who.contains(c.id)) {
                        who.add(c.id);
                    }
                }
            }
        }
    }

    private Draft agreement(Words w, Trigger t, List<Ref> subject, List<Ref> object, int zoneEnd, List<Draft> earlier) {
        boolean collective = subject.stream().anyMatch(r -> r.kind() == Ref.Kind.COLLECTIVE);
        // "the two presidents are expected to sign": the pair, not everyone named before
        List<Integer> who = collective
                ? persons(subject.stream().filter(r -> r.kind() == Ref.Kind.COLLECTIVE).toList())
                : persons(subject);
        if (who.isEmpty()) {
            for (Ref r : object) {
                if (r.kind() == Ref.Kind.COLLECTIVE) {
                    who = new ArrayList<>(r.persons());
                    collective = true;
                }
            }
        }
        Draft d = draft(w, t, who, zoneEnd, null);
        if (collective && !d.date.known() || collective && d.date.source() == org.parley.model.DateSource.ARTICLE_DATE) {
            // "The two heads of state jointly signed ...": on the occasion just reported
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Draft e = earlier.get(i);
                if (e.participants.containsAll(who) && e.type != EventType.VISIT) {
                    d.date = e.date;
                    d.status = e.status;
                    if (d.location == null) {
                        d.location = e.location;
                    }
                    break;
                }
            }
        }
        return d;
    }

    private Draft message(Words w, Trigger t, List<Ref> refs, List<Ref> subject, List<Ref> object, int zoneEnd) {
        Integer sender = null;
        Integer recipient = null;
        // "conveyed Xi Jinping's cordial greetings", "his cordial greetings"
        for (Ref r : refs) {
            if (r.possessive() && r.end() <= t.start() && t.start() - r.end() <= 5) {
                sender = r.persons().get(0);
            }
        }
        for (int j = t.end(); j < zoneEnd; j++) {
            if (w.is(j, "from")) {
                List<Ref> after = refsIn(refs, j + 1, zoneEnd);
                if (!after.isEmpty() && after.get(0).start() <= j + 4) {
                    sender = after.get(0).persons().get(0);
                }
            }
            if (w.is(j, "to") && recipient == null) {
                List<Ref> after = refsIn(refs, j + 1, zoneEnd);
                if (!after.isEmpty() && after.get(0).start() <= j + 8) {
                    recipient = after.get(0).persons().get(0);
                }
            }
        }
        if (w.lemmaIs(t.start(), "congratulate") && !object.isEmpty() && object.get(0).start() <= t.end() + 5) {
            recipient = object.get(0).persons().get(0);
        }
        if (sender == null && !subject.isEmpty()) {
            sender = subject.get(0).persons().get(0);
        }
        if (recipient == null) {
            // "sent a message to his Chinese counterpart, Xi Jinping": the first person after the verb
            for (Ref r : refsIn(refs, subject.isEmpty() ? 0 : subject.get(subject.size() - 1).end(), t.start())) {
                if (!r.persons().contains(sender) && r.kind() != Ref.Kind.PRONOUN) {
                    recipient = r.persons().get(0);
                }
            }
        }
        if (sender == null || recipient == null || sender.equals(recipient)) {
            return null;
        }
        return draft(w, t, List.of(sender, recipient), zoneEnd, null);
    }

    private Draft draft(Words w, Trigger t, List<Integer> who, int zoneEnd, String mechanism) {
        boolean planned = Status.plannedByWords(w, t);
        EventDate when = dates.forTrigger(w, t, zoneEnd, planned || Status.progressive(w, t), t.type() == EventType.VISIT || t.type() == EventType.SESSION);
        EventStatus status = Status.decide(planned, when, dates.anchor(), w, t);
        String where = places.forTrigger(w, t, zoneEnd);
        double confidence = 0.6 + (when.known() ? 0.1 : 0) + (who.size() >= 2 ? 0.2 : 0);
        return new Draft(t.type(), status, when, where, who, mechanism, w.sentence.index(), Math.min(1.0, confidence));
    }

    /** Time mentions of the sentence, for {@link Dates}. */
    static boolean inside(TimeMention m, Words w, int from, int to) {
        return from < to && m.begin() >= w.begin(from) && m.end() <= w.end(to - 1);
    }
}
