package org.parley.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.DateSource;
import org.parley.model.EventDate;
import org.parley.model.EventType;
import org.parley.model.FuzzyDate;

/**
 * Within one article, one event per occasion: the headline, the photo caption and the body often
 * report the same meeting. Drafts of one type with the same people (the same visitor; the same
 * sender and recipient; the same body) and dates that do not disagree become one event, keeping
 * the most precise date.
 */
final class EventMerger {

    private EventMerger() {
    }

    static List<Draft> merge(List<Draft> drafts) {
        return merge(drafts, -1);
    }

    /** @param headline the sentence that is the article's headline, or -1 */
    static List<Draft> merge(List<Draft> drafts, int headline) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (coveredBySeveral(out, d)) {
                continue;
            }
            Draft same = null;
            for (Draft e : out) {
                if (e.type == d.type && samePeople(e, d) && datesAgree(e.date, d.date) && placesAgree(e, d)) {
                    same = e;
                    break;
                }
            }
            if (same != null) {
                absorb(same, d, headline);
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean samePeople(Draft a, Draft b) {
        return switch (a.type) {
            case MESSAGE -> a.participants.equals(b.participants);
            case VISIT -> !a.participants.isEmpty() && !b.participants.isEmpty()
                    && a.participants.get(0).equals(b.participants.get(0));
            case SESSION -> sameMechanism(a.mechanism, b.mechanism);
            default -> {
                Set<Integer> x = new HashSet<>(a.participants);
                Set<Integer> y = new HashSet<>(b.participants);
                // a later report may name fewer people; one that names more is the same only on the same day
                // "Kenya and Germany signed an agreement ... A and B signed the agreement": one signing
                boolean unnamedSigning = a.type == EventType.AGREEMENT && (x.isEmpty() != y.isEmpty())
                        && (a.date.known() && b.date.known());
                yield x.equals(y) || unnamedSigning || !y.isEmpty() && x.containsAll(y) && a.type != EventType.AGREEMENT
                        || x.size() >= 2 && y.containsAll(x) && a.type != EventType.AGREEMENT;
            }
        };
    }

    /** "Zhao met Matviyenko", "Zhao met Volodin", then "In discussions with Matviyenko and Volodin": already there. */
    private static boolean coveredBySeveral(List<Draft> kept, Draft d) {
        if (d.type != EventType.MEETING || d.participants.size() < 3) {
            return false;
        }
        Set<Integer> union = new HashSet<>();
        for (Draft e : kept) {
            if (e.type == d.type && d.participants.containsAll(e.participants) && datesAgree(e.date, d.date)) {
                union.addAll(e.participants);
            }
        }
        return union.containsAll(d.participants);
    }

    /** "met twice, in Xi'an and in Beijing": two cities, two occasions. */
    private static boolean placesAgree(Draft a, Draft b) {
        if (a.location == null || b.location == null || a.location.equals(b.location) || a.type == EventType.VISIT
                || weak(a.date) || weak(b.date)) {
            return true;
        }
        // only two known cities contradict each other; a venue ("the Great Hall of the People") does not
        Gazetteer g = Gazetteer.get();
        return !g.isPlace(a.location) || !g.isPlace(b.location) || g.isCountryName(a.location) || g.isCountryName(b.location);
    }

    static boolean sameMechanism(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return common.size() * 2 >= Math.min(x.size(), y.size()) && !common.isEmpty();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String t : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (t.length() >= 3 && !Set.of("the", "and", "for", "between").contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean datesAgree(EventDate a, EventDate b) {
        if (!a.known() || !b.known()) {
            return true;
        }
        if (weak(a) != weak(b)) {
            // an undated mention stands near the article's date: "in 2018" is another occasion
            EventDate strong = weak(a) ? b : a;
            java.time.LocalDate around = (weak(a) ? a : b).start().value();
            java.time.LocalDate first = strong.start().value();
            java.time.LocalDate last = strong.end() != null ? strong.end().value() : switch (strong.start().precision()) {
                case DAY -> first;
                case MONTH -> first.plusMonths(1).minusDays(1);
                case YEAR -> first.plusYears(1).minusDays(1);
            };
            return !around.isBefore(first.minusDays(31)) && !around.isAfter(last.plusDays(31));
        }
        return weak(a) || overlap(a, b);
    }

    /** Two known dates that can be one occasion: equal to the coarser one's precision, or one starting
     *  inside the other's range. */
    static boolean overlap(EventDate a, EventDate b) {
        FuzzyDate x = a.start();
        FuzzyDate y = b.start();
        var p = x.precision().compareTo(y.precision()) <= 0 ? x.precision() : y.precision();
        if (x.coarsen(p).equals(y.coarsen(p))) {
            return true;
        }
        // a day inside the other's range
        return a.end() != null && !y.value().isBefore(x.value()) && !y.value().isAfter(a.end().value())
                || b.end() != null && !x.value().isBefore(y.value()) && !x.value().isAfter(b.end().value());
    }

    private static boolean weak(EventDate d) {
        return !d.known() || d.source() == DateSource.ARTICLE_DATE;
    }

    private static void absorb(Draft kept, Draft d, int headline) {
        kept.because(d.rules);
        if (better(d.date, kept.date)) {
            // the sentence that dates the occasion is the better evidence (a body sentence over a headline)
            kept.date = d.date;
            kept.status = d.status;
            kept.sentence = d.sentence;
        } else if (kept.sentence == headline && d.sentence != headline && !better(kept.date, d.date)) {
            // "Putin to receive Wang Yi on Tuesday" heads a story of a visit under way: a headline's "to" is
            // as often today as ahead, and the body tells which
            kept.status = d.status;
            kept.sentence = d.sentence;
        }
        if (kept.location == null) {
            kept.location = d.location;
        }
        for (Integer p : d.participants) {
            if (!kept.participants.contains(p)) {
                kept.participants.add(p);
            }
        }
        if (d.mechanism != null && (kept.mechanism == null || d.mechanism.length() > kept.mechanism.length())) {
            kept.mechanism = d.mechanism;
        }
        kept.confidence = Math.min(1.0, Math.max(kept.confidence, d.confidence) + 0.05);
    }

    private static boolean better(EventDate a, EventDate b) {
        if (weak(b) != weak(a)) {
            return weak(b);
        }
        if (weak(a)) {
            return false;
        }
        int c = a.start().precision().compareTo(b.start().precision());
        return c > 0 || c == 0 && a.end() != null && b.end() == null;
    }
}
