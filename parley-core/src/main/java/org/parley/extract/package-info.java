/**
 * The extract stage: events and persons out of one parsed article, by rules, no model.
 *
 * <p>{@link org.parley.extract.Extractor} runs a pipeline of small components over one immutable
 * document ({@code ExtractDoc}). Each component declares the layers ({@code Layer}) it requires and the
 * ones it assigns; {@code ExtractionPipeline.of} refuses, when it is built, a component whose layers no
 * earlier component assigned or a layer assigned twice, and each component sees only what it requires.
 * In order:
 * <ol>
 *   <li>{@code ReadSentences}: SENTENCES, the tokens as arrays;</li>
 *   <li>{@code FindPeople}: PEOPLE, names grouped per person, titles, institutions, sides the text and the
 *       office-holder list give;</li>
 *   <li>{@code FindMechanisms}, {@code FindTriggers}: per sentence the sessions of named bodies and the
 *       words that state an exchange;</li>
 *   <li>{@code ReadSyntax}: SYNTAX, the dependency parse of the sentences that can state an exchange and
 *       what the Semgrex rules of {@code patterns/frames.semgrex} find on it;</li>
 *   <li>{@code SideFromSyntax}: PARSED_SIDES, people the words left without a side take the country the
 *       parse attaches to their title;</li>
 *   <li>{@code SideFromDateline}: SIDES, officials still without a side take the dateline's country;</li>
 *   <li>{@code BuildFrames}: FRAMES, per sentence who each exchange is between, with the status, date and
 *       place the sentence states (one component: status and date decide each other there);</li>
 *   <li>{@code CarryDates}: DATES, a frame with no date of its own takes the one of the same occasion
 *       just before;</li>
 *   <li>{@code MergeOccasions}: OCCASIONS, one per occasion of the article;</li>
 *   <li>{@code SettlePlaces}: PLACES, where each occasion took place;</li>
 *   <li>{@code SideFromPlaces}: HOST_SIDES, hosts named by office alone take the side of the place;</li>
 *   <li>{@code SideFromCounterparts}: COUNTERPART_SIDES, an official still without a side who faces
 *       people of one side takes the other side the article is about;</li>
 *   <li>{@code SideFromHome}: HOME_SIDES, when every official the article marks is of one of its two
 *       sides, an official it leaves unmarked is of the other, the report's own;</li>
 *   <li>{@code AssembleEvents}: EVENTS.</li>
 * </ol>
 * A component that changes drafts or people works on copies, so every layer stays as its component left it.
 */
package org.parley.extract;
