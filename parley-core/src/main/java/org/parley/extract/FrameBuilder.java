package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Turns the triggers of one sentence into draft events: who took part (the people before the first
 * trigger are its subject, the people after each trigger up to the next are its object), whether it
 * happened or lies ahead, when and where.
 */
final class FrameBuilder {

    private final ArticlePeople people;
    private final Places places;
    private final Dates dates;

    FrameBuilder(ArticlePeople people, Places places, Dates dates) {
        this.people = people;
        this.places = places;
        this.dates = dates;
    }

    private int previousSubject = -1;
    /** What the rules over the sentence's parse found (empty when it was not parsed). */
    private List<SyntaxPatterns.Match> syntax = List.of();
    /** The visit this sentence refers back to ("During the visit, ..."), if any. */
    private Draft duringVisit;
    /** Whether the exchange stated just before in the same clause is ahead. */
    private boolean plannedByEarlierTrigger;
    /** The exchange stated after the one being framed in the sentence, or null. */
    private Trigger nextTrigger;

    List<Draft> build(Words w, List<Trigger> triggers, List<Ref> refs, List<Draft> earlier, int previousSubject,
            List<SyntaxPatterns.Match> syntax) {
        this.previousSubject = previousSubject;
        this.syntax = syntax;
        this.duringVisit = null;
        List<Draft> out = new ArrayList<>();
        if (triggers.isEmpty()) {
            return out;
        }
        triggers = withoutPurposeCongratulations(w, triggers);
        int firstTrigger = triggers.get(0).start();
        List<Ref> everyone = refs;
        refs = Roles.actors(w, refs, firstTrigger);
        List<Ref> previousObject = List.of();
        java.util.Set<Ref> consumed = new java.util.HashSet<>();
        boolean previousPlanned = false;
        for (int k = 0; k < triggers.size(); k++) {
            Trigger t = triggers.get(k);
            if (Zones.aggregate(w, t)) {
                continue;
            }
            int zoneEnd = Zones.zoneEnd(w, t, k + 1 < triggers.size() ? triggers.get(k + 1).start() : w.size());
            this.nextTrigger = k + 1 < triggers.size() ? triggers.get(k + 1) : null;
            List<Ref> object = Zones.refsIn(refs, t.end(), zoneEnd);
            if (object.isEmpty() && (t.type() == EventType.MEETING || t.type() == EventType.CALL)) {
                object = previousObject; // "welcomed Modi ... ahead of official talks": the same two
            }
            // the people before this trigger who are not the object of an earlier one
            List<Ref> subject = new ArrayList<>();
            for (Ref r : Zones.refsIn(refs, 0, t.start())) {
                if (!consumed.contains(r)) {
                    subject.add(r);
                }
            }
            List<Ref> own = Zones.ownSubject(w, refs, triggers, k, subject);
            boolean inheritPlanned = previousPlanned && k > 0 && !Zones.boundaryBetween(w, triggers.get(k - 1).end(), t.start())
                    && !cameBefore(w, t);
            // "is to hold talks with Starmer at the 37th Franco-British Summit on Thursday": the summit is ahead
            // too, and its Thursday the coming one
            this.plannedByEarlierTrigger = inheritPlanned;
            List<Draft> made = new ArrayList<>();
            switch (t.type()) {
                case MEETING, CALL -> {
                    made.addAll(meetings(w, t, own, object, zoneEnd));
                    guestsVisit(w, t, made);
                }
                case VISIT -> {
                    add(made, visit(w, t, refs, everyone, zoneEnd, earlier, out));
                    visitedPerson(w, t, object, made);
                }
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
                consumed.addAll(Zones.refsIn(refs, t.end(), zoneEnd));
            }
            if (!object.isEmpty()) {
                previousObject = object;
            }
            previousPlanned = made.stream().anyMatch(d -> d.status == EventStatus.PLANNED);
        }
        return out;
    }

    /**
     * "is expected to pay a state visit ..., following Tokayev's meeting with the ambassador": an exchange
     * introduced by "following", "after" or "since" came before the one ahead, and is not ahead with it.
     */
    private static boolean cameBefore(Words w, Trigger t) {
        for (int j = t.start() - 1; j >= Math.max(0, t.start() - 4); j--) {
            if (w.is(j, "following", "after", "since")) {
                return true;
            }
            if (w.isVerb(j) || w.is(j, ",", ";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "In a telephone call to congratulate Ruto, Museveni said ...": congratulations that are the purpose of a
     * call or meeting are spoken in it (GOLD.md, "Messages"), part of that exchange and not a message besides.
     */
    private static List<Trigger> withoutPurposeCongratulations(Words w, List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>(triggers);
        for (int k = 1; k < out.size(); k++) {
            Trigger t = out.get(k);
            Trigger before = out.get(k - 1);
            boolean spokenIn = t.type() == EventType.MESSAGE && w.lemmaIs(t.start(), "congratulate")
                    && w.is(t.start() - 1, "to") && (before.type() == EventType.CALL || before.type() == EventType.MEETING)
                    && t.start() - before.end() <= 2;
            if (spokenIn) {
                out.remove(k--);
            }
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

    private List<Draft> meetings(Words w, Trigger t, List<Ref> subject, List<Ref> object, int zoneEnd) {
        List<Draft> out = new ArrayList<>();
        // "the two heads of state" in a meeting sentence names the leaders spoken of, not those present
        if (subject.stream().anyMatch(r -> r.kind() != Ref.Kind.COLLECTIVE) || !object.isEmpty()) {
            subject = subject.stream().filter(r -> r.kind() != Ref.Kind.COLLECTIVE).toList();
            object = object.stream().filter(r -> r.kind() != Ref.Kind.COLLECTIVE).toList();
        }
        List<Integer> objects = Zones.persons(object);
        boolean separate = w.is(t.start() - 1, "separate") || w.is(t.start() - 2, "separate")
                || Zones.lowerIn(w, t.end(), zoneEnd, "respectively", "separately");
        if (separate && !subject.isEmpty() && objects.size() > 1) {
            for (Integer o : objects) {
                Draft d = meeting(w, t, Zones.persons(subject), List.of(o), zoneEnd);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        }
        // "a final meeting between Obama and Netanyahu": exactly the people named after "between"
        List<Integer> who = w.is(t.end(), "between") && objects.size() >= 2 ? List.of() : Zones.persons(subject);
        Draft d = meeting(w, t, who, objects, zoneEnd);
        if (d == null) {
            return out;
        }
        // "met twice, in Xi'an and Beijing": two occasions
        if (Zones.lowerIn(w, t.end(), zoneEnd, "twice")) {
            List<String> where = places.allAfter(w, t.end(), zoneEnd);
            if (where.size() == 2) {
                Draft second = new Draft(d.type, d.status, d.date, where.get(1), d.participants, null, d.sentence, d.confidence)
                        .because(d.rules);
                d.location = where.get(0);
                out.add(d);
                out.add(second);
                return out;
            }
        }
        out.add(d);
        return out;
    }

    /**
     * "Putin hosted his Turkish counterpart, Erdogan", "Tinubu received Mahama at the State House": an
     * official who hosts or receives a foreigner at home gives the guest's visit as well as the meeting.
     * The host is the subject of the active verb; the guest the first person of another side after it.
     */
    private void guestsVisit(Words w, Trigger t, List<Draft> made) {
        if (made.size() != 1 || t.type() != EventType.MEETING || !w.lemmaIs(t.start(), "host", "receive")
                || !w.isVerb(t.start()) || w.is(t.start() + 1, "by")) {
            return;
        }
        Draft meeting = made.get(0);
        Integer host = meeting.participants.get(0);
        String hostSide = people.person(host).side();
        if (hostSide == null) {
            return;
        }
        String place = meeting.location == null ? null : Gazetteer.get().countryOfPlace(meeting.location);
        if (place != null && !place.equals(hostSide)) {
            return; // both abroad: "hosted a dinner for him in New York"
        }
        for (Integer guest : meeting.participants) {
            String side = people.person(guest).side();
            if (side != null && !side.equals(hostSide)) {
                made.add(new Draft(EventType.VISIT, meeting.status, meeting.date, meeting.location,
                        new ArrayList<>(List.of(guest, host)), null, meeting.sentence, meeting.confidence)
                        .because(meeting.rules).because("frame.host_received_guest"));
                return;
            }
        }
    }

    /**
     * "Tinubu visited Mahama in Accra", "paid a courtesy visit to President Tinubu": a visit to a person
     * gives the meeting with them too.
     */
    private void visitedPerson(Words w, Trigger t, List<Ref> object, List<Draft> made) {
        if (made.size() != 1 || object.isEmpty() || object.get(0).kind() == Ref.Kind.COLLECTIVE) {
            return;
        }
        Draft visit = made.get(0);
        Ref first = object.get(0);
        boolean direct = first.start() == t.end()
                || first.start() <= t.end() + 3 && w.is(t.end(), "to", "on", "upon") && !w.nerIs(t.end() + 1, "COUNTRY", "CITY");
        if (!direct || visit.participants.isEmpty()) {
            return;
        }
        Integer visitor = visit.participants.get(0);
        Integer host = first.persons().get(0);
        String a = people.person(visitor).side();
        String b = people.person(host).side();
        if (host.equals(visitor) || a != null && a.equals(b)) {
            return;
        }
        if (!visit.participants.contains(host)) {
            visit.participants.add(host);
        }
        made.add(new Draft(EventType.MEETING, visit.status, visit.date, visit.location,
                new ArrayList<>(List.of(visitor, host)), null, visit.sentence, visit.confidence)
                .because(visit.rules).because("frame.visited_a_person"));
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
        List<Ref> object = Zones.refsIn(refs, t.end(), zoneEnd);
        List<Ref> before = Zones.refsIn(refs, 0, t.start());
        List<Ref> subject = before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
        boolean anaphoric = w.is(t.start() - 1, "the", "this", "that", "The", "This")
                && !w.is(t.end(), "by", "of") && !w.is(t.start(), "visiting");
        if (anaphoric) {
            Draft visit = enrichEarlierVisit(w, t, zoneEnd, earlier, sameSentence);
            if (visit != null) {
                // "The visit is at the invitation of Zhao Leji": the host of the visit just reported
                for (Integer host : Roles.invitingHosts(w, everyone)) {
                    if (!visit.participants.contains(host)) {
                        visit.participants.add(host);
                    }
                }
            }
            return null;
        }
        boolean adjective = w.is(t.start(), "visiting") && !w.is(t.start() + 1, "the")
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
        } else if (Roles.possessiveBefore(refs, t.start(), w) != null) {
            visitor = Roles.possessiveBefore(refs, t.start(), w);
        } else if (w.lemmaIs(t.start(), "welcome") && !object.isEmpty()) {
            visitor = object.get(0).persons().get(0);
            hosts.addAll(Zones.persons(subject));
        } else if (!subject.isEmpty()) {
            visitor = subject.get(0).persons().get(0);
        } else if (t.start() <= 1 && !object.isEmpty()) {
            visitor = object.get(0).persons().get(0); // "Arriving in Jakarta on Sunday, the Prime Minister ..."
        } else if (t.start() <= 1) {
            List<Ref> rest = Zones.refsIn(refs, zoneEnd, w.size());
            visitor = rest.isEmpty() ? null : rest.get(0).persons().get(0);
        }
        hosts.addAll(Roles.invitingHosts(w, everyone));
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
        EventDate when = dates.forTrigger(w, t, nextTrigger, zoneEnd, planned, true);
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
        List<Integer> who = Zones.persons(Zones.refsIn(refs, 0, t.start()));
        if (who.isEmpty()) {
            // "The Sino-German consultations, led by X and Y, are expected to ...": the people around it
            who = Zones.persons(Zones.refsIn(refs, t.end(), zoneEnd));
        }
        coChairs(w, refs, t.end(), who);
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
     * "co-chaired the 25th session ... on Nov 25 via video link, together with Russian Deputy Prime
     * Minister X", "co-chaired this session alongside Y": the people after such a cue chair it too.
     */
    private static void coChairs(Words w, List<Ref> refs, int from, List<Integer> who) {
        for (int i = from; i + 1 < w.size(); i++) {
            if (w.is(i, ";") || w.is(i, ".")) {
                return;
            }
            boolean cue = w.is(i, "together", "jointly") && w.is(i + 1, "with") || w.is(i, "alongside");
            if (!cue) {
                continue;
            }
            List<Ref> after = Zones.refsIn(refs, i + 1, w.size());
            if (!after.isEmpty() && after.get(0).start() <= i + 12) {
                for (Integer p : after.get(0).persons()) {
                    if (!who.contains(p)) {
                        who.add(p);
                    }
                }
            }
            return;
        }
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
                ? Zones.persons(subject.stream().filter(r -> r.kind() == Ref.Kind.COLLECTIVE).toList())
                : Zones.persons(subject);
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
            // "conveyed the greetings of Foreign Minister Vieira": whose greetings they are
            boolean ofSender = w.is(j, "of") && w.is(j - 1, "greetings", "regards", "wishes", "message", "congratulations",
                    "condolences", "letter");
            if (w.is(j, "from") || ofSender) {
                // "a letter from the President of Paraguay, Ana Ruiz": the first name after "from" in the same phrase
                List<Ref> after = Zones.refsIn(refs, j + 1, zoneEnd);
                if (!after.isEmpty() && samePhrase(w, j + 1, after.get(0).start())) {
                    sender = after.get(0).persons().get(0);
                }
            }
            if (w.is(j, "to") && recipient == null) {
                List<Ref> after = Zones.refsIn(refs, j + 1, zoneEnd);
                if (!after.isEmpty() && after.get(0).start() <= j + 8) {
                    recipient = after.get(0).persons().get(0);
                }
            }
        }
        if (w.lemmaIs(t.start(), "congratulate") && !object.isEmpty() && object.get(0).start() <= t.end() + 5) {
            recipient = object.get(0).persons().get(0);
        }
        if (sender != null && recipient == null && receivedBy(w, t) && !subject.isEmpty()
                && !subject.get(0).persons().contains(sender)) {
            recipient = subject.get(0).persons().get(0); // "Ruto received a letter from Museveni"
        }
        if (sender == null && !subject.isEmpty()) {
            sender = subject.get(0).persons().get(0);
        }
        if (recipient == null) {
            // "handed (to) President Ruto a letter from ...": the one it was handed to, before the letter
            for (Ref r : Zones.refsIn(refs, 0, t.start())) {
                int before = Roles.titleStart(w, r.start()) - 1;
                if ((sender == null || !r.persons().contains(sender)) && r.kind() != Ref.Kind.PRONOUN
                        && (handedOver(w, before) || w.is(before, "to") && handedOver(w, before - 1))) {
                    recipient = r.persons().get(0);
                }
            }
        }
        if (recipient == null) {
            // "sent a message to his Chinese counterpart, Xi Jinping": the first person after the verb
            for (Ref r : Zones.refsIn(refs, subject.isEmpty() ? 0 : subject.get(subject.size() - 1).end(), t.start())) {
                if ((sender == null || !r.persons().contains(sender)) && r.kind() != Ref.Kind.PRONOUN) {
                    recipient = r.persons().get(0);
                }
            }
        }
        if (recipient == null && exchanged(w, t)) {
            // "A and B exchanged congratulatory messages": each to the other, one event for the pair
            List<Integer> both = Zones.persons(subject);
            if (both.size() >= 2 && both.get(0).equals(sender)) {
                recipient = both.get(1);
            }
        }
        if (sender == null || recipient == null || sender.equals(recipient)) {
            return null;
        }
        return draft(w, t, List.of(sender, recipient), zoneEnd, null);
    }

    /** "received a letter", "has received the congratulations": the subject is the one written to. */
    private static boolean receivedBy(Words w, Trigger t) {
        for (int j = Math.max(0, t.start() - 4); j < t.start(); j++) {
            if (w.lemmaIs(j, "receive") || w.is(j, "received", "receives", "receiving")) {
                return true;
            }
        }
        return false;
    }

    private static boolean handedOver(Words w, int i) {
        // the word forms too: the lemmatiser leaves some of them ("handed") as they are
        return w.lemmaIs(i, "hand", "deliver", "pass", "present") || w.is(i, "over", "handed", "delivered", "passed", "presented");
    }

    /** No verb or clause word between {@code from} and {@code to}, and at most a title's length apart. */
    private static boolean samePhrase(Words w, int from, int to) {
        if (to - from > 12) {
            return false;
        }
        for (int j = from; j < to; j++) {
            // "a message of congratulations to President Ruiz" names its recipient, not whose it is
            if (w.isVerb(j) || w.is(j, "that", "which", "who", ";", "to")) {
                return false;
            }
        }
        return true;
    }

    private static boolean exchanged(Words w, Trigger t) {
        for (int j = Math.max(0, t.start() - 3); j < t.start(); j++) {
            if (w.lemmaIs(j, "exchange")) {
                return true;
            }
        }
        return false;
    }

    private Draft draft(Words w, Trigger t, List<Integer> who, int zoneEnd, String mechanism) {
        String plannedByParse = Status.plannedByParse(t, syntax);
        boolean planned = Status.plannedByWords(w, t) || plannedByParse != null || plannedByEarlierTrigger;
        EventDate when = dates.forTrigger(w, t, nextTrigger, zoneEnd, planned || Status.progressive(w, t), t.type() == EventType.VISIT || t.type() == EventType.SESSION);
        EventStatus status = Status.decide(planned, when, dates.publicationAnchor(), w, t);
        String where = places.forTrigger(w, t, zoneEnd);
        double confidence = 0.6 + (when.known() ? 0.1 : 0) + (who.size() >= 2 ? 0.2 : 0);
        return new Draft(t.type(), status, when, where, who, mechanism, w.sentence.index(), Math.min(1.0, confidence))
                .because(t.rule()).because(status == EventStatus.PLANNED ? plannedByParse : null);
    }

}
