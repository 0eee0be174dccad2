package org.parley.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.parley.names.NameTokens;

/** When a predicted event matches a gold event: score.py's rules, one method each. */
public final class MatchRules {

    /** A matched pair of indexes into the gold and the predicted event lists. */
    public record Pair(int gold, int predicted) {
    }

    private MatchRules() {
    }

    /** Same type, and the participants rule of {@link #participantsOk}. */
    public static boolean loose(EvalEvent gold, EvalEvent pred) {
        return equalOrBothNull(gold.type(), pred.type()) && participantsOk(gold, pred);
    }

    /** Loose, plus the same status (absent counts as occurred) and {@link #dateOk}. */
    public static boolean strict(EvalEvent gold, EvalEvent pred) {
        return loose(gold, pred) && statusOrDefault(gold).equals(statusOrDefault(pred)) && dateOk(gold, pred);
    }

    /**
     * A gold session without participants matches on at least half its mechanism's words; a
     * visit needs only the visitor (gold's first participant); otherwise each side gold names
     * needs one of its people among the predicted participants.
     */
    public static boolean participantsOk(EvalEvent gold, EvalEvent pred) {
        List<EvalPerson> goldPeople = gold.participants();
        List<EvalPerson> predPeople = pred.participants();
        if ("session".equals(gold.type()) && goldPeople.isEmpty()) {
            Set<String> goldWords = NameTokens.normTokens(gold.mechanism());
            Set<String> shared = new HashSet<>(goldWords);
            shared.retainAll(NameTokens.normTokens(pred.mechanism()));
            return !goldWords.isEmpty() && shared.size() >= Math.max(1, goldWords.size() / 2);
        }
        if ("visit".equals(gold.type()) && !goldPeople.isEmpty()) {
            return anyMatch(List.of(goldPeople.get(0)), predPeople);
        }
        for (List<EvalPerson> side : sides(goldPeople).values()) {
            if (!anyMatch(side, predPeople)) {
                return false;
            }
        }
        return true;
    }

    /** Where gold has a date, the prediction is at least as precise and agrees on gold's precision. */
    public static boolean dateOk(EvalEvent gold, EvalEvent pred) {
        String goldDate = gold.date();
        String predDate = pred.date();
        if (goldDate == null || goldDate.isEmpty()) {
            return true;
        }
        if (predDate == null || predDate.isEmpty() || predDate.length() < goldDate.length()) {
            return false;
        }
        return predDate.startsWith(goldDate);
    }

    /** Location right: both absent, or a shared word. */
    public static boolean locationOk(EvalEvent gold, EvalEvent pred) {
        Set<String> goldWords = NameTokens.normTokens(gold.location());
        Set<String> predWords = NameTokens.normTokens(pred.location());
        if (goldWords.isEmpty() && predWords.isEmpty()) {
            return true;
        }
        Set<String> shared = new HashSet<>(goldWords);
        shared.retainAll(predWords);
        return !shared.isEmpty();
    }

    /**
     * Greedy one-to-one matching in gold order: each gold event takes the first unused
     * prediction that fits, so a duplicate prediction stays unmatched and costs precision.
     */
    public static List<Pair> match(List<EvalEvent> gold, List<EvalEvent> pred,
                                   BiPredicate<EvalEvent, EvalEvent> fits) {
        boolean[] used = new boolean[pred.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int pi = 0; pi < pred.size(); pi++) {
                if (!used[pi] && fits.test(gold.get(gi), pred.get(pi))) {
                    used[pi] = true;
                    pairs.add(new Pair(gi, pi));
                    break;
                }
            }
        }
        return pairs;
    }

    /** Participants grouped by upper-cased country; no country is the side "?". */
    static Map<String, List<EvalPerson>> sides(List<EvalPerson> people) {
        Map<String, List<EvalPerson>> out = new LinkedHashMap<>();
        for (EvalPerson p : people) {
            String country = p.country() == null || p.country().isEmpty() ? "?" : p.country();
            out.computeIfAbsent(country.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static boolean anyMatch(List<EvalPerson> wanted, List<EvalPerson> found) {
        for (EvalPerson w : wanted) {
            for (EvalPerson f : found) {
                if (NameTokens.samePerson(w.name(), f.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String statusOrDefault(EvalEvent e) {
        return e.status() == null || e.status().isEmpty() ? "occurred" : e.status();
    }

    private static boolean equalOrBothNull(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
