package org.parley.extract;

/**
 * What the extract stage knows about an article, one layer at a time, in the order the pipeline adds them.
 * A component names the layers it reads and the ones it adds; {@link ExtractionPipeline} checks the two fit.
 */
enum Layer {
    /** The tokens of each sentence, with their part of speech, lemma and entity tag. */
    SENTENCES,
    /** Every named person of the article, their mentions and titles, and their side as the text and
     *  the office-holder list give it. */
    PEOPLE,
    /** Per sentence: the named bodies whose sessions are reported ("the 25th meeting of the ... Commission"). */
    MECHANISMS,
    /** Per sentence: the words that state an exchange (met, visited, signed, sent a message). */
    TRIGGERS,
    /** Per sentence that can state an exchange: what the rules over its dependency parse found
     *  (empty for the sentences not parsed). */
    SYNTAX,
    /** The people once the parse has given a side to those the words around their names left without one. */
    PARSED_SIDES,
    /** The people once the dateline has given a side to officials the text leaves without one. */
    SIDES,
    /** Per sentence: each exchange with who took part, and its status, date and place as that sentence
     *  states them. One layer, as the sentence's own status and date are decided together with its
     *  arguments ("is expected to hold talks" makes both). */
    FRAMES,
    /** Per frame: its date, status and place once a frame that states no date of its own has the date
     *  (and with it the status) of the same occasion reported in a sentence just before. */
    DATES,
    /** One draft per occasion of the article: repeated reports of one exchange merged. */
    OCCASIONS,
    /** Per occasion: the city or country where it took place, or none (calls, messages sent). */
    PLACES,
    /** Per person the text left without a side: the country of the place where they hosted an exchange
     *  as someone named by office alone. */
    HOST_SIDES,
    /** Per person still without a side: the article's other side, when they face people all of one side
     *  in a two-sided exchange. */
    COUNTERPART_SIDES,
    /** Per official still without a side: the article's home side, when every official it marks is of
     *  its other side. */
    HOME_SIDES,
    /** The events the article reports, ready to store. */
    EVENTS
}
