package org.parley.nlp;

/**
 * One token with character offsets into the cleaned text.
 *
 * @param ner CoreNLP's fine-grained entity tag (PERSON, ORGANIZATION, COUNTRY, NATIONALITY, TITLE,
 *            CITY, STATE_OR_PROVINCE, LOCATION, DATE, ...) or "O"
 */
public record Token(String word, int begin, int end, String pos, String lemma, String ner) {
}
