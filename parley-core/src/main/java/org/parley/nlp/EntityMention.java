package org.parley.nlp;

/**
 * A named entity found by the NLP stage. Offsets are into the cleaned text.
 *
 * @param type     PERSON, ORGANIZATION, COUNTRY, NATIONALITY, TITLE, CITY, STATE_OR_PROVINCE, LOCATION, ...
 * @param sentence index of the sentence that holds it
 */
public record EntityMention(String text, String type, int begin, int end, int sentence) {
}
