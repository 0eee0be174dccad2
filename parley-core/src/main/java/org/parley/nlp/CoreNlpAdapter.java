package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.LanguageInfo;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.parley.clean.CleanText;
import org.parley.lexicon.NameWords;
import org.parley.stage.Stage;

/**
 * The one place that talks to Stanford CoreNLP: it builds the pipeline's {@link Properties}, runs
 * it, and turns CoreNLP's annotations into Parley records straight away.
 *
 * <p>Configuration choices, for speed without losing what extraction uses (each was checked by
 * extracting the dev set before and after: the output did not change):
 * <ul>
 *   <li>one CRF model (the 3-class PERSON/ORGANIZATION/LOCATION model) instead of three;</li>
 *   <li>the fine-grained tags (TITLE, COUNTRY, NATIONALITY, CITY, STATE_OR_PROVINCE) from CoreNLP's
 *       KBP word lists as {@link FineGrainedGazetteer} cuts them, but put on by Parley's
 *       {@link FineGrainedTagger} rather than CoreNLP's TokensRegexNER step: the same tags (checked
 *       token by token on 350 texts), without the general sequence matcher that took about a fifth
 *       of the NLP time; entity mentions are therefore built after it, by CoreNLP's own annotator;</li>
 *   <li>no SUTime (two thirds of what was left): NUMBER, ORDINAL and plain dates still come from
 *       CoreNLP's numeric classifiers, and {@link DateTags} adds the DATE tags SUTime gave to
 *       weekdays and relative dates, from Parley's own date rules;</li>
 *   <li>the entity classifier (the dearest step left) only on the sentences that may state an
 *       exchange: the first {@value #LEAD_SENTENCES} (headline, dateline, lead), those with a word of
 *       the lexicon's {@code exchange-words.txt} (as word or lemma) and those with a title; the other
 *       sentences' tokens are tagged "O" (fine-grained tags still come on them). The dev and wide
 *       extractions kept every person and side; some spurious names in sentences of no exchange went.</li>
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
    private final FineGrainedTagger fineGrained;
    private final EntityMentionsAnnotator entityMentions;

    private final StanfordCoreNLP ner;

    /** Words that may state an exchange (lexicon {@code exchange-words.txt}), matched as word or lemma. */
    private static final Set<String> EXCHANGE_WORDS = NameWords.wordList("exchange-words");

    /** The first sentences of an article (headline, dateline, lead) are always classified. */
    static final int LEAD_SENTENCES = 3;


    private CoreNlpAdapter() {
        // tokens, tags and lemmas for every sentence; the entity classifier for the sentences that may matter
        Properties tagging = parleyProperties();
        tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        this.pipeline = new StanfordCoreNLP(tagging);
        Properties nerOnly = parleyProperties();
        nerOnly.setProperty("annotators", "ner");
        this.ner = new StanfordCoreNLP(nerOnly, false);
        this.fineGrained = FineGrainedTagger.stock();
        this.entityMentions = entityMentionsAsNerBuildsThem();
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

    /** CoreNLP's settings; its own fine-grained step and entity mentions are off, Parley does them after. */
    static Properties parleyProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.combinationMode", "NORMAL");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.docdate.usePresent", "false");
        return props;
    }

    /** The annotator CoreNLP's ner step would build its entity mentions with (NERCombinerAnnotator's settings). */
    private static EntityMentionsAnnotator entityMentionsAsNerBuildsThem() {
        Properties props = new Properties();
        props.setProperty("ner.entitymentions.language", LanguageInfo.HumanLanguage.ENGLISH.name());
        return new EntityMentionsAnnotator("ner.entitymentions", props);
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
        CoreDocument doc = annotated(clean.text());
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

    /** CoreNLP's annotations of a text, with Parley's fine-grained tags and the entity mentions built from them. */
    CoreDocument annotated(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreLabel> chosenTokens = new ArrayList<>();
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < all.size(); i++) {
            List<CoreLabel> tokens = all.get(i).get(CoreAnnotations.TokensAnnotation.class);
            boolean classify = i < LEAD_SENTENCES || holdsAnExchangeWord(tokens);
            if (!classify) {
                // unclassified, the sentence has its fine-grained tags now: a title among them calls for the classifier
                tokens.forEach(t -> t.setNER("O"));
                retagFineGrained(tokens);
                classify = tokens.stream().anyMatch(t -> "TITLE".equals(t.ner()));
            }
            if (classify) {
                chosen.add(all.get(i));
                chosenTokens.addAll(tokens);
            }
        }
        if (!chosen.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            sub.set(CoreAnnotations.TokensAnnotation.class, chosenTokens);
            ner.annotate(sub);
        }
        for (CoreMap sentence : chosen) {
            retagFineGrained(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        entityMentions.annotate(annotation);
        return new CoreDocument(annotation);
    }

    /** A word that may state an exchange, as word or lemma. */
    private static boolean holdsAnExchangeWord(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (EXCHANGE_WORDS.contains(t.word().toLowerCase(Locale.ROOT))
                    || t.lemma() != null && EXCHANGE_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The fine-grained step on the words CoreNLP's NER sees; every token of a word gets the word's tag. */
    private void retagFineGrained(List<CoreLabel> tokens) {
        List<int[]> spans = NerWords.spans(tokens);
        String[] words = new String[spans.size()];
        String[] pos = new String[spans.size()];
        String[] ner = new String[spans.size()];
        for (int w = 0; w < words.length; w++) {
            int[] span = spans.get(w);
            StringBuilder word = new StringBuilder();
            for (int i = span[0]; i < span[1]; i++) {
                word.append(tokens.get(i).word());
            }
            CoreLabel first = tokens.get(span[0]);
            words[w] = word.toString();
            pos[w] = first.tag(); // a joined word keeps its first token's POS tag, as in CoreNLP
            ner[w] = first.ner();
        }
        String[] tags = fineGrained.tag(words, pos, ner);
        for (int w = 0; w < words.length; w++) {
            if (!Objects.equals(tags[w], ner[w])) {
                int[] span = spans.get(w);
                for (int i = span[0]; i < span[1]; i++) {
                    tokens.get(i).setNER(tags[w]);
                }
            }
        }
    }
}
