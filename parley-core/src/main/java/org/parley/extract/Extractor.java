package org.parley.extract;

import java.util.List;
import org.parley.clean.CleanText;
import org.parley.lexicon.OfficeHolders;
import org.parley.model.Extraction;
import org.parley.nlp.ParsedText;
import org.parley.stage.Stage;

/**
 * Reads events and persons out of one parsed article with a pipeline of small components, each adding
 * one layer to the article ({@link Layer}): people first (names, titles, sides), then per sentence the
 * sessions, triggers and their frames, then dates carried across sentences, one event per occasion,
 * places, and the hosts' sides. Rules only, no model: every event can be traced to the sentence and
 * words that made it.
 */
public final class Extractor implements Stage<ParsedText, Extraction> {

    private final ExtractionPipeline pipeline;

    /** Sides read from the text first, then from the bundled office-holder table. */
    public Extractor() {
        this(OfficeHolders.load());
    }

    /** @param holders the office-holder knowledge base; {@link OfficeHolders#none()} for the text alone */
    public Extractor(OfficeHolders holders) {
        this(holders, new ReadSyntax());
    }

    /** With the parse of each sentence from {@code parser}: tests give parses written by hand. */
    Extractor(OfficeHolders holders, java.util.function.Function<org.parley.nlp.Sentence, org.parley.nlp.Parse> parser) {
        this(holders, new ReadSyntax(parser));
    }

    private Extractor(OfficeHolders holders, ReadSyntax readSyntax) {
        this.pipeline = ExtractionPipeline.of(
                new ReadSentences(),
                new FindPeople(holders),
                new FindMechanisms(),
                new FindTriggers(),
                readSyntax,
                new SideFromSyntax(),
                new SideFromDateline(),
                new BuildFrames(),
                new CarryDates(),
                new MergeOccasions(),
                new SettlePlaces(),
                new SideFromPlaces(),
                new SideFromCounterparts(),
                new SideFromHome(),
                new AssembleEvents());
    }

    /** The components in order, each with the layers it requires and assigns. */
    List<String> steps() {
        return pipeline.describe();
    }

    @Override
    public Extraction apply(ParsedText parsed) {
        ExtractDoc doc = pipeline.run(ExtractDoc.of(parsed));
        CleanText clean = parsed.clean();
        return new Extraction(clean.article(), clean.published(), clean.publishedHow(), clean.text(), doc.events(),
                doc.peopleWithAllSides().persons(), clean.publishedPrecision());
    }
}
