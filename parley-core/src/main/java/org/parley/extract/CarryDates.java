package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.EventDate;
import org.parley.model.EventStatus;

/** Frames with no date of their own take the date of the same occasion reported just before
 *  ({@link CarriedDates}); with the date comes its status, and "on the sidelines of the meeting" also
 *  gives the session's place. */
final class CarryDates implements Component {

    /** One frame's date, status and place once dates are carried; the frame's own where nothing was carried. */
    record When(EventDate date, EventStatus status, String location) {
    }

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
        List<When> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(new When(d.date, d.status, d.location));
        }
        return doc.with(Layer.DATES, List.copyOf(out));
    }
}
