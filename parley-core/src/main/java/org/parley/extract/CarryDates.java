package org.parley.extract;

import java.util.List;
import java.util.Set;

/** Frames with no date of their own take the date of the same occasion reported just before
 *  ({@link CarriedDates}); with the date comes its status, and "on the sidelines of the meeting" also
 *  gives the session's place. */
final class CarryDates implements Component {

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.FRAMES);
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.DATES);
    }

    @Override
    public ExtractDoc apply(ExtractDoc doc) {
        List<Draft> drafts = doc.drafts(Layer.FRAMES);
        CarriedDates.fill(drafts, doc.sentences());
        return doc.with(Layer.DATES, ExtractDoc.frozen(drafts));
    }
}
