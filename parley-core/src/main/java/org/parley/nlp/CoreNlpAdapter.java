package org.parley.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.clean.CleanText;
import org.parley.stage.Stage;

/**
 * The one place that talks to Stanford CoreNLP: it builds the pipeline's {@link Properties}, runs
 * it, and turns CoreNLP's annotations into Parley records straight away.
 *
 * <p>Configuration choices, for speed without losing what extraction uses (each was checked by
 * extracting the dev set before and after: the output did not change):
 * <ul>
 *   <li>one CRF model (the 3-class PERSON/ORGANIZATION/LOCATION model) instead of three;</li>
 *   <li>CoreNLP's fine-grained rules on top (TITLE, COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE),
 *       but with the word lists of {@link FineGrainedGazetteer}: the stock lists made CoreNLP try
 *       some 2,500 regular expressions at every token, which was most of the time;</li>
 *   <li>no SUTime (two thirds of what was left): NUMBER, ORDINAL and plain dates still come from
 *       CoreNLP's numeric classifiers, and {@link DateTags} adds the DATE tags SUTime gave to
 *       weekdays and relative dates, from Parley's own date rules.</li>
 * </ul>
 * Every line of the cleaned text is a sentence break, because captions and headlines rarely end
 * with a full stop.
 *
 * <p>The pipeline is heavy (models load in tens of seconds): build one per process with
 * {@link #shared()} and reuse it; {@link #apply} is safe to call from several threads.
 */
public final class CoreNlpAdapter implements Stage<CleanText, ParsedText> {

    private static volatile CoreNlpAdapter shared;

    private final StanfordCoreNLP pipeline;

    private CoreNlpAdapter() {
        // CoreNLP reads the word lists while the pipeline is built; they are not needed after
        try (FineGrainedGazetteer lists = FineGrainedGazetteer.write()) {
            this.pipeline = new StanfordCoreNLP(parleyProperties(lists.mappingSetting()));
        }
    }

    /** The process-wide pipeline, loaded on first use. */
    public static CoreNlpAdapter shared() {
        CoreNlpAdapter local = shared;
        if (local == null) {
            synchronized (CoreNlpAdapter.class) {
                local = shared;
                if (local == null) {
                    local = new CoreNlpAdapter();
                    shared = local;
                }
            }
        }
        return local;
    }

    /** @param fineGrainedMapping the word lists of the fine-grained NER, see {@link FineGrainedGazetteer} */
    static Properties parleyProperties(String fineGrainedMapping) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("ner.applyFineGrained", "true");
        props.setProperty("ner.fine.regexner.mapping", fineGrainedMapping);
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.docdate.usePresent", "false");
        return props;
    }

    /**
     * The plain CoreNLP pipeline the speed bar is measured against: tokenize, ssplit, pos, lemma,
     * ner with CoreNLP's defaults, on {@code threads} threads.
     */
    public static StanfordCoreNLP plainBaseline(int threads) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("threads", Integer.toString(threads));
        return new StanfordCoreNLP(props);
    }

    @Override
    public ParsedText apply(CleanText clean) {
        CoreDocument doc = new CoreDocument(clean.text());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<CoreSentence> coreSentences = doc.sentences();
        DateMentions dateMentions = DateMentions.of(clean,
                coreSentences.stream().map(cs -> new int[] {cs.charOffsets().first(), cs.charOffsets().second()}).toList());
        DateTags dates = new DateTags(dateMentions);
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreSentence cs = coreSentences.get(i);
            List<Token> tokens = new ArrayList<>(cs.tokens().size());
            for (CoreLabel t : cs.tokens()) {
                tokens.add(new Token(t.word(), t.beginPosition(), t.endPosition(), t.tag(), t.lemma(),
                        dates.tag(t.beginPosition(), t.endPosition(), t.ner(), t.tag())));
            }
            int begin = cs.charOffsets().first();
            int end = cs.charOffsets().second();
            sentences.add(new Sentence(i, begin, end, clean.text().substring(begin, end), tokens));
            for (CoreEntityMention em : cs.entityMentions()) {
                entities.add(new EntityMention(em.text(), em.entityType(), em.charOffsets().first(),
                        em.charOffsets().second(), i));
            }
        }
        return new ParsedText(clean, sentences, entities, dateMentions);
    }
}
