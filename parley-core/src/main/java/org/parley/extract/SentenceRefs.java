package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a sentence speaks of: names, and the pronouns, bare titles and collectives that point back to
 * people named before ("he", "the Chinese president", "the two heads of state").
 */
final class SentenceRefs {

    private static final java.util.Set<String> GENERIC_HEADS = java.util.Set.of("leader", "legislator", "lawmaker",
            "diplomat", "official", "envoy", "dignitary", "politician", "statesman", "guest", "visitor", "host");

    private final ArticlePeople people;
    private final Gazetteer gazetteer = Gazetteer.get();

    SentenceRefs(ArticlePeople people) {
        this.people = people;
    }

    /**
     * @param previousSubject the person the previous sentences were about, or -1
     * @param lastGroup       the people of the latest exchange found, for "the two leaders"
     */
    List<Ref> refs(Words w, int previousSubject, List<Integer> lastGroup) {
        List<Ref> out = new ArrayList<>();
        for (ArticlePeople.Mention m : people.mentionsIn(w.sentence.index())) {
            if (!m.inTitle()) {
                out.add(new Ref(m.start(), m.end(), List.of(m.person()), Ref.Kind.NAME, w.is(m.end(), "'s", "’s")));
            }
        }
        titleRefs(w, out);
        collectiveRefs(w, lastGroup, out);
        pronounRefs(w, previousSubject, out);
        out.sort(Comparator.comparingInt(Ref::start));
        return out;
    }

    /** The first person a sentence names (its subject, near enough), else -1. */
    static int subjectOf(List<Ref> refs) {
        for (Ref r : refs) {
            if (r.kind() != Ref.Kind.COLLECTIVE && r.persons().size() == 1) {
                return r.persons().get(0);
            }
        }
        return -1;
    }

    private void pronounRefs(Words w, int previousSubject, List<Ref> out) {
        int subject = -1;
        for (Ref r : out) {
            if (r.kind() == Ref.Kind.NAME || r.kind() == Ref.Kind.TITLE) {
                subject = r.persons().get(0);
                break;
            }
        }
        int firstNamed = out.isEmpty() ? Integer.MAX_VALUE : out.stream().mapToInt(Ref::start).min().getAsInt();
        List<Ref> added = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            if (!w.is(i, "he", "she", "his", "her", "him")) {
                continue;
            }
            int target;
            int near = nearestNamedBefore(out, i, 6);
            if (w.is(i, "his", "her") && w.pos[i].equals("PRP$") && near >= 0 && i >= firstNamed
                    && (relativeBetween(w, out, near, i) || !objectOfVerb(w, out, near, i))) {
                target = near;
            } else if (w.is(i, "him") || w.is(i, "her") && !w.pos[i].equals("PRP$")) {
                target = lastNamedBefore(out, i, subject); // "asked him to convey": the object, not the subject
            } else if (i < firstNamed || subject < 0) {
                target = previousSubject;
            } else {
                target = subject;
            }
            if (target >= 0) {
                added.add(new Ref(i, i + 1, List.of(target), Ref.Kind.PRONOUN, w.is(i, "his") || w.pos[i].equals("PRP$")));
            }
        }
        for (int i = 1; i < w.size(); i++) {
            if (w.is(i, "latter", "former") && w.is(i - 1, "the")) {
                List<Ref> named = new ArrayList<>();
                for (Ref r : out) {
                    if (r.start() < i && r.kind() == Ref.Kind.NAME && named.stream().noneMatch(n -> n.persons().equals(r.persons()))) {
                        named.add(r);
                    }
                }
                if (named.size() >= 2) {
                    Ref pick = w.is(i, "latter") ? named.get(named.size() - 1) : named.get(named.size() - 2);
                    added.add(new Ref(i - 1, i + 1, pick.persons(), Ref.Kind.PRONOUN, w.is(i + 1, "'s")));
                }
            }
        }
        out.addAll(added);
    }

    /** "Modi, who is on his first visit": "his" is the person the relative clause hangs on. */
    private static boolean relativeBetween(Words w, List<Ref> refs, int person, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            if (w.is(j, "who", "whose")) {
                return true;
            }
        }
        return false;
    }

    /** "asked Zhao to convey his greetings": Zhao is an object, "his" is the subject's. */
    private static boolean objectOfVerb(Words w, List<Ref> refs, int person, int i) {
        for (Ref r : refs) {
            if (r.persons().size() == 1 && r.persons().get(0) == person && r.end() <= i && i - r.end() <= 6) {
                int b = r.start() - 1;
                while (b >= 0 && (w.nerIs(b, "TITLE", "NATIONALITY") || TitleReader.isHead(w, b))) {
                    b--;
                }
                return w.isVerb(b);
            }
        }
        return false;
    }

    private static int nearestNamedBefore(List<Ref> refs, int i, int window) {
        int found = -1;
        for (Ref r : refs) {
            if (r.end() <= i && i - r.end() <= window && r.persons().size() == 1 && r.kind() == Ref.Kind.NAME) {
                found = r.persons().get(0);
            }
        }
        return found;
    }

    private static int lastNamedBefore(List<Ref> refs, int i, int exceptSubject) {
        int found = -1;
        for (Ref r : refs) {
            if (r.start() < i && r.persons().size() == 1 && r.persons().get(0) != exceptSubject) {
                found = r.persons().get(0);
            }
        }
        return found;
    }

    /** "the Chinese president", "The Russian President", "the President of Russia", "China's top legislator". */
    private void titleRefs(Words w, List<Ref> out) {
        counterpartRefs(w, out);
        for (int i = 0; i < w.size(); i++) {
            if (!TitleReader.isHead(w, i) || w.nerIs(i, "PERSON") || covered(out, i) || w.is(i, "counterpart")) {
                continue;
            }
            int start = i;
            while (start - 1 >= 0 && (w.nerIs(start - 1, "NATIONALITY", "COUNTRY", "TITLE") || w.is(start - 1, "'s", "top", "foreign", "prime", "vice", "external", "affairs", "defense", "defence", "state", "chief", "newly-elected", "new"))
                    && !covered(out, start - 1)) {
                start--;
            }
            int end = i + 1;
            while (end < w.size() && (TitleReader.isHead(w, end) && !w.nerIs(end, "PERSON"))) {
                end++;
            }
            if (w.is(end, "of") && w.nerIs(end + 1, "COUNTRY")) {
                end += 2;
            }
            // a title right before a name belongs to that name; "the two leaders" is a collective;
            // "a government spokesman" is someone new, not someone named before
            boolean indefinite = false;
            for (int j = start - 1; j >= Math.max(0, start - 3); j--) {
                if (w.is(j, "a", "an", "another", "one")) {
                    indefinite = true;
                }
                if (w.isVerb(j) || w.is(j, ",", "the", "The")) {
                    break;
                }
            }
            if (indefinite || nameFollows(w, out, end) || w.is(start - 1, "two", "both", "a", "an") || w.word[end - 1].toLowerCase(Locale.ROOT).endsWith("s") && !w.is(end - 1, "sheikhs")) {
                i = end - 1;
                continue;
            }
            boolean subjectOfVerb = w.isVerb(end) || w.is(end, "also");
            if (!(w.is(start - 1, "the") || w.lower[start].endsWith("'s") || w.is(start + 1, "'s") || start == 0 || w.is(start - 1, "The") || subjectOfVerb)) {
                i = end - 1;
                continue;
            }
            Optional<Integer> who = resolveTitle(w, start, end);
            if (who.isPresent()) {
                int from = w.is(start - 1, "the", "The") ? start - 1 : start;
                out.add(new Ref(from, end, List.of(who.get()), Ref.Kind.TITLE, w.is(end, "'s")));
            }
            i = end - 1;
        }
    }

    /**
     * "Wang Yi met his Russian counterpart in Moscow" with Lavrov named elsewhere in the article: the
     * counterpart is that side's person whose title shares a word of office with the subject's, else
     * that side's most-mentioned person.
     */
    private void counterpartRefs(Words w, List<Ref> out) {
        for (int i = 1; i < w.size(); i++) {
            if (!w.is(i, "counterpart") || !w.nerIs(i - 1, "NATIONALITY") || nameFollows(w, out, i + 1) || covered(out, i)) {
                continue;
            }
            String side = gazetteer.sideOf(w.wordList.subList(i - 1, i)).orElse(null);
            if (side == null) {
                continue;
            }
            Optional<Integer> who = Optional.empty();
            for (String head : List.of("minister", "president", "premier", "chancellor", "speaker", "chairman", "secretary")) {
                List<PersonCluster> same = people.withTitle(head, side);
                if (same.size() == 1 && titleWordBefore(w, i, head)) {
                    who = Optional.of(same.get(0).id);
                    break;
                }
            }
            if (who.isEmpty()) {
                who = people.mostSalient(side, java.util.Set.of()).map(c -> c.id);
            }
            int start = w.is(i - 2, "his", "her", "their") ? i - 2 : i - 1;
            if (who.isPresent()) {
                out.add(new Ref(start, i + 1, List.of(who.get()), Ref.Kind.TITLE, false));
            }
        }
    }

    /** Whether a word of office ("minister") stands earlier in the sentence, in the subject's title. */
    private static boolean titleWordBefore(Words w, int i, String head) {
        for (int j = 0; j < i; j++) {
            if (w.lower[j].equals(head)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Integer> resolveTitle(Words w, int start, int end) {
        List<String> words = w.wordList.subList(start, end);
        String side = gazetteer.sideOf(words).orElse(null);
        String phrase = w.text(start, end).toLowerCase(Locale.ROOT);
        String head = w.lower[end - 1];
        if (w.is(end - 2, "of")) {
            head = w.lower[end - 3];
        }
        // the closest match first: a person who holds this very title
        for (PersonCluster c : people.clusters) {
            for (String t : c.titles) {
                String lt = t.toLowerCase(Locale.ROOT);
                if ((lt.equals(phrase) || lt.endsWith(stripSide(phrase)) && stripSide(phrase).contains(" "))
                        && (side == null || side.equals(c.side()))) {
                    return Optional.of(c.id);
                }
            }
        }
        List<PersonCluster> withHead = people.withTitle(head, side);
        if (withHead.size() == 1 && (side != null || w.is(start, "President", "Premier", "Chancellor") || words.size() > 1)) {
            return Optional.of(withHead.get(0).id);
        }
        // "the Chinese legislator", "the Indonesian leader": a generic word for the side's main figure
        if (side != null && withHead.isEmpty() && GENERIC_HEADS.contains(head)) {
            return people.mostSalient(side, java.util.Set.of()).map(c -> c.id);
        }
        return Optional.empty();
    }

    private static String stripSide(String phrase) {
        return phrase.replaceFirst("^(the )?\\S+('s)? ", "");
    }

    private static boolean nameFollows(Words w, List<Ref> refs, int end) {
        int j = end;
        if (w.is(j, ",")) {
            j++;
        }
        int at = j;
        return refs.stream().anyMatch(r -> r.start() == at) || w.nerIs(at, "PERSON");
    }

    private static boolean covered(List<Ref> refs, int i) {
        return refs.stream().anyMatch(r -> i >= r.start() && i < r.end());
    }

    /** "the two heads of state", "the two leaders", "both sides", "The two", "the leaders": the latest group. */
    private static void collectiveRefs(Words w, List<Integer> lastGroup, List<Ref> out) {
        if (lastGroup.size() < 2) {
            return;
        }
        for (int i = 0; i < w.size(); i++) {
            boolean two = w.is(i, "two", "both");
            boolean leaders = w.is(i, "leaders", "presidents", "counterparts", "ministers", "parties", "sides") && w.is(i - 1, "the", "The");
            if (!two && !leaders) {
                continue;
            }
            int end = i + 1;
            if (two) {
                if (!(w.is(i - 1, "the", "The") || w.is(i, "both"))) {
                    continue;
                }
                // "both foreign ministers", "the two prime ministers": one word of office before the head
                boolean modified = end + 1 < w.size() && !Lexicon.COLLECTIVE_HEADS.contains(w.lower[end])
                        && Lexicon.COLLECTIVE_HEADS.contains(w.lower[end + 1]) && w.pos[end].matches("JJ|NNP?");
                if (modified) {
                    end += 2;
                    if (w.is(end, "of") && w.is(end + 1, "state", "government")) {
                        end += 2;
                    }
                } else if (Lexicon.COLLECTIVE_HEADS.contains(w.lower[Math.min(end, w.size() - 1)]) && end < w.size()) {
                    end++;
                    if (w.is(end, "of") && w.is(end + 1, "state", "government")) {
                        end += 2;
                    }
                } else if (!(w.isVerb(end) || w.is(end, "oversaw", "signed", "held", "met", "jointly", "also", "then"))) {
                    continue; // "the two countries"
                }
                if (w.is(i + 1, "countries", "nations", "peoples", "states")) {
                    continue;
                }
            }
            int start = w.is(i - 1, "the", "The") ? i - 1 : i;
            if (!covered(out, i)) {
                out.add(new Ref(start, end, lastGroup, Ref.Kind.COLLECTIVE, false));
            }
            i = end - 1;
        }
    }
}
