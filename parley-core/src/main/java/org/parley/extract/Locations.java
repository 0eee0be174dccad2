package org.parley.extract;

import java.util.List;
import org.parley.clean.Dateline;
import org.parley.model.EventType;

/**
 * Where each event of an article took place, settled once all its events are known. A call has no
 * place. A venue is given as its city ("the Kremlin" is Moscow). An event whose sentence names no
 * place takes the place of the closest report of the same occasion ("Putin met Wang in Moscow. Wang
 * conveyed Xi's greetings."), else the city of the article's dateline: a reporter files from where
 * the exchange happened. A country under a dateline in that country becomes the dateline's city,
 * but for a visit, which is to the country. Only a message handed over in person has a place.
 */
final class Locations {

    private final Gazetteer gazetteer = Gazetteer.get();
    private final String datelineCity;
    private final ArticlePeople people;
    private final List<Words> sentences;

    Locations(Dateline dateline, ArticlePeople people, List<Words> sentences) {
        this.datelineCity = Places.cityOf(dateline);
        this.people = people;
        this.sentences = sentences;
    }

    void settle(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == EventType.CALL) {
                d.location = null;
            } else if (d.location != null) {
                d.location = gazetteer.cityOfVenue(d.location).orElse(d.location);
                if (visitHome(d, d.location)) {
                    d.location = null; // "Kremlin aide Ushakov said Putin will visit ...": not where he goes
                }
            }
        }
        for (Draft d : drafts) {
            if (d.location != null || d.type == EventType.CALL || d.type == EventType.MESSAGE && !handedOver(d)) {
                continue;
            }
            String place = nearbyPlace(d, drafts, true);
            if (place == null) {
                place = datelineCity;
            }
            if (place == null) {
                place = nearbyPlace(d, drafts, false);
            }
            if (place != null && !visitHome(d, place)) {
                d.location = place;
            }
        }
        String datelineCountry = datelineCity == null ? null : gazetteer.countryOfPlace(datelineCity);
        for (Draft d : drafts) {
            // "met Han in Russia" under a VLADIVOSTOK dateline: the city says more (a visit is to a country)
            if (d.type != EventType.VISIT && d.location != null && datelineCountry != null
                    && gazetteer.isCountryName(d.location) && datelineCountry.equals(gazetteer.countryOfPlace(d.location))) {
                d.location = datelineCity;
            }
        }
    }

    /** The city of the closest report of the same occasion: sharing someone, with the same status and a
     *  date that agrees (same sentence first, then the earlier of two equally close). {@code sure}: only
     *  a report in the same sentence or with both dates known; else only the others, which are weaker
     *  evidence than a dateline. */
    private String nearbyPlace(Draft d, List<Draft> drafts, boolean sure) {
        Draft best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Draft e : drafts) {
            if (e == d || e.location == null || e.type == EventType.CALL || e.status != d.status
                    || e.participants.stream().noneMatch(d.participants::contains)
                    || d.date.known() && e.date.known() && !EventMerger.overlap(d.date, e.date)) {
                continue;
            }
            if (gazetteer.isCountryName(e.location)) {
                continue; // "a visit to China" does not say where in China a meeting of that visit was
            }
            boolean bothDated = d.date.known() && e.date.known();
            if (sure != (bothDated || e.sentence == d.sentence)) {
                continue;
            }
            int distance = Math.abs(e.sentence - d.sentence) * 2 + (e.sentence > d.sentence ? 1 : 0);
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.location;
    }

    /** Nobody visits their own country: a visitor from the dateline's country went elsewhere. */
    private boolean visitHome(Draft d, String place) {
        if (d.type != EventType.VISIT || d.participants.isEmpty()) {
            return false;
        }
        String country = gazetteer.countryOfPlace(place);
        String visitorSide = people.person(d.participants.get(0)).side();
        return country != null && country.equals(visitorSide);
    }

    /** "conveyed Xi's greetings", "delivered a message": handed over in person, so it has a place; a
     *  message sent or a congratulation in a letter has none. */
    private boolean handedOver(Draft d) {
        Words w = sentences.get(d.sentence);
        for (int i = 0; i < w.size(); i++) {
            if (w.lemmaIs(i, "convey", "deliver", "hand", "pass", "relay")) {
                return true;
            }
        }
        return false;
    }
}
