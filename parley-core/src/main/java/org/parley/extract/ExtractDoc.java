package org.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.model.Event;
import org.parley.nlp.ParsedText;
import org.parley.nlp.time.DateContext;

/**
 * One parsed article and the layers the extract stage has added to it so far. Immutable: {@link #with}
 * returns a new document, and the accessors of layers that hold drafts or people hand out copies, so a
 * component cannot change what an earlier one assigned.
 *
 * @param parsed the article as the NLP stage parsed it
 */
record ExtractDoc(ParsedText parsed, Map<Layer, Object> layers) {

    ExtractDoc {
        layers = Collections.unmodifiableMap(layers.isEmpty() ? new EnumMap<>(Layer.class) : new EnumMap<>(layers));
    }

    /** What relative dates in the article are resolved against: the NLP stage's context. */
    DateContext when() {
        return parsed.dates().context();
    }

    /** The article with no layer yet. */
    static ExtractDoc of(ParsedText parsed) {
        return new ExtractDoc(parsed, Map.of());
    }

    CleanText clean() {
        return parsed.clean();
    }

    boolean has(Layer layer) {
        return layers.containsKey(layer);
    }

    /** This document with one more layer; a layer is assigned once. */
    ExtractDoc with(Layer layer, Object value) {
        if (has(layer)) {
            throw new IllegalStateException("layer " + layer + " is already assigned");
        }
        Map<Layer, Object> more = new EnumMap<>(Layer.class);
        more.putAll(layers);
        more.put(layer, value);
        return new ExtractDoc(parsed, more);
    }

    /** This document with only the given layers, for a component that declared it reads no others. */
    ExtractDoc limitedTo(Set<Layer> visible) {
        Map<Layer, Object> kept = new EnumMap<>(Layer.class);
        for (Layer l : visible) {
            if (has(l)) {
                kept.put(l, layers.get(l));
            }
        }
        return new ExtractDoc(parsed, kept);
    }

    Object layer(Layer layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("layer " + layer + " is not assigned (assigned: " + layers.keySet() + ")");
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    List<Words> sentences() {
        return (List<Words>) layer(Layer.SENTENCES);
    }

    /** A copy of the people as PEOPLE, PARSED_SIDES or SIDES holds them. */
    ArticlePeople people(Layer which) {
        return ((ArticlePeople) layer(which)).copy();
    }

    /** Per sentence, the triggers of MECHANISMS or TRIGGERS. */
    @SuppressWarnings("unchecked")
    List<List<Trigger>> perSentence(Layer which) {
        return (List<List<Trigger>>) layer(which);
    }

    /** Per sentence, what the rules over its parse found (SYNTAX). */
    @SuppressWarnings("unchecked")
    List<List<SyntaxPatterns.Match>> syntax() {
        return (List<List<SyntaxPatterns.Match>>) layer(Layer.SYNTAX);
    }

    /** Copies of the drafts of FRAMES or OCCASIONS, in text order. */
    @SuppressWarnings("unchecked")
    List<Draft> drafts(Layer which) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : (List<Draft>) layer(which)) {
            out.add(d.copy());
        }
        return out;
    }

    /** Person id to the side HOST_SIDES gives them. */
    @SuppressWarnings("unchecked")
    Map<Integer, String> hostSides() {
        return (Map<Integer, String>) layer(Layer.HOST_SIDES);
    }

    /** A copy of the people of SIDES with the sides of HOST_SIDES. */
    ArticlePeople peopleWithHostSides() {
        ArticlePeople people = people(Layer.SIDES);
        hostSides().forEach((id, side) -> people.person(id).vote(side, 1));
        return people;
    }

    /** A copy of the people of SIDES with the sides of HOST_SIDES and COUNTERPART_SIDES. */
    @SuppressWarnings("unchecked")
    ArticlePeople peopleWithCounterpartSides() {
        ArticlePeople people = peopleWithHostSides();
        ((Map<Integer, String>) layer(Layer.COUNTERPART_SIDES)).forEach((id, side) -> people.person(id).vote(side, 1));
        return people;
    }

    /** The people as the article gives them: SIDES, then HOST_SIDES, COUNTERPART_SIDES and HOME_SIDES. */
    @SuppressWarnings("unchecked")
    ArticlePeople peopleWithAllSides() {
        ArticlePeople people = peopleWithCounterpartSides();
        ((Map<Integer, String>) layer(Layer.HOME_SIDES)).forEach((id, side) -> people.person(id).vote(side, 1));
        return people;
    }

    /** Per frame (in the order of FRAMES), its date, status and place once dates are carried. */
    @SuppressWarnings("unchecked")
    List<CarryDates.When> dates() {
        return (List<CarryDates.When>) layer(Layer.DATES);
    }

    /** Copies of the frames, each with its date, status and place from DATES. */
    List<Draft> datedFrames() {
        List<Draft> frames = drafts(Layer.FRAMES);
        List<CarryDates.When> dates = dates();
        for (int i = 0; i < frames.size(); i++) {
            Draft d = frames.get(i);
            d.date = dates.get(i).date();
            d.status = dates.get(i).status();
            d.location = dates.get(i).location();
        }
        return frames;
    }

    /** Copies of the occasions, each with its place from PLACES. */
    List<Draft> placedOccasions() {
        List<Draft> occasions = drafts(Layer.OCCASIONS);
        List<String> places = places();
        for (int i = 0; i < occasions.size(); i++) {
            occasions.get(i).location = places.get(i);
        }
        return occasions;
    }

    /** Per occasion (in the order of OCCASIONS), its place or null. */
    @SuppressWarnings("unchecked")
    List<String> places() {
        return (List<String>) layer(Layer.PLACES);
    }

    @SuppressWarnings("unchecked")
    List<Event> events() {
        return (List<Event>) layer(Layer.EVENTS);
    }

    /** Drafts frozen for a layer: copies, so the caller may go on changing its own. */
    static List<Draft> frozen(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            out.add(d.copy());
        }
        return Collections.unmodifiableList(out);
    }
}
