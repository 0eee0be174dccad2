package org.parley.extract;

import java.util.List;
import java.util.Set;
import org.parley.model.EventType;

/** One draft per occasion of the article ({@link EventMerger}), once congratulations spoken at a meeting
 *  or in a call are folded into it. */
final class MergeOccasions implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.FRAMES, Layer.DATES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.OCCASIONS);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Draft> drafts = doc.datedFrames();
        List<Words> sentences = doc.sentences();
        drafts.removeIf(d -> congratulatedInPerson(d, drafts, sentences));
        return doc.with(Layer.OCCASIONS, ExtractDoc.frozen(EventMerger.merge(drafts, headline(sentences))));
    }

    /** The first sentence when it ends without a full stop, question or exclamation mark: a headline. */
    static int headline(List<Words> sentences) {
        if (sentences.isEmpty() || sentences.get(0).size() == 0) {
            return -1;
        }
        Words first = sentences.get(0);
        return first.is(first.size() - 1, ".", "!", "?", "\"", "”", "''") ? -1 : 0;
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
            boolean sameOccasion = Math.abs(other.sentence - d.sentence) <= 2
                    || d.date.known() && other.date.known() && d.date.start().equals(other.date.start());
            if (inPerson && sameOccasion && other.participants.containsAll(d.participants)) {
                return true;
            }
        }
        return false;
    }
}
