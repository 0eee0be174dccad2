package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FineGrainedTagger} against the step it replaces, CoreNLP's TokensRegexNERAnnotator with the
 * settings Parley used, on the same small lists and thousands of random sentences of their words.
 * No model is loaded. The lists avoid what CoreNLP itself decides at random: two entries with the
 * same trigger word, priority and length overlapping (CoreNLP orders those by identity hash codes).
 */
class FineGrainedTaggerAgreesWithCoreNlpTest {

    private static final List<String> CASELESS = List.of(
            "al bet\tTITLE\tMISC\t1",
            "gamm al\tNATIONALITY\tMISC\t1",
            "bet gamm delta\tCITY\tLOCATION\t1",
            "delta\tCOUNTRY\tLOCATION\t2",
            "delta\tCITY\tLOCATION\t1",
            "ep\tSTATE_OR_PROVINCE\tMISC,LOCATION\t1",
            "st\\. ep\tCITY\tMISC\t1",
            "secretary of .*\tTITLE\tMISC\t1",
            "( \"gen.\" )\tTITLE\tMISC\t1",
            "kappa\tCITY\tLOCATION\t1");
    private static final List<String> CASED = List.of(
            "Al\tCOUNTRY\tLOCATION\t1",
            "Bet Al\tTITLE\tMISC\t1",
            "Delta\tCITY\tMISC\t3",
            "KAPPA\tCOUNTRY\tLOCATION\t1");

    private static final String[] WORDS = {"al", "Al", "AL", "bet", "Bet", "gamm", "delta", "Delta", "ep", "EP", "st.",
        "St.", "stx", "secretary", "Secretary", "of", "state", "gen.", "Gen.", "kappa", "KAPPA", "x", "y"};
    private static final String[] POS = {"NN", "NNP", "JJ", "ADD", "VB", "IN", "DT"};
    private static final String[] NER = {"O", "O", "O", "LOCATION", "PERSON", "MISC", "ORGANIZATION", "GPE", "CITY", "DATE"};

    @TempDir
    Path dir;

    @Test
    void randomSentencesGetTheTagsCoreNlpGives() throws IOException {
        Path caseless = Files.write(dir.resolve("caseless.tab"), CASELESS);
        Path cased = Files.write(dir.resolve("cased.tab"), CASED);
        Properties props = new Properties();
        props.setProperty("fine.mapping", "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + caseless + ";" + cased);
        TokensRegexNERAnnotator coreNlp = new TokensRegexNERAnnotator("fine", props);
        FineGrainedTagger parley = FineGrainedTagger.of(CASELESS, CASED);

        Random random = new Random(20261203);
        int retagged = 0;
        for (int s = 0; s < 5000; s++) {
            int n = 1 + random.nextInt(8);
            String[] words = new String[n];
            String[] pos = new String[n];
            String[] ner = new String[n];
            for (int i = 0; i < n; i++) {
                words[i] = WORDS[random.nextInt(WORDS.length)];
                pos[i] = POS[random.nextInt(POS.length)];
                // runs of one tag, as a classifier gives them
                ner[i] = i > 0 && random.nextInt(3) == 0 ? ner[i - 1] : NER[random.nextInt(NER.length)];
            }
            String[] expected = coreNlpTags(coreNlp, words, pos, ner);
            String[] actual = parley.tag(words, pos, ner);
            assertEquals(Arrays.asList(expected), Arrays.asList(actual),
                    () -> "words " + Arrays.toString(words) + " pos " + Arrays.toString(pos) + " ner " + Arrays.toString(ner));
            if (!Arrays.equals(expected, ner)) {
                retagged++;
            }
        }
        assertTrue(retagged > 1000, "too few sentences were retagged to compare anything: " + retagged);
    }

    private static String[] coreNlpTags(TokensRegexNERAnnotator annotator, String[] words, String[] pos, String[] ner) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            CoreLabel token = new CoreLabel();
            token.setWord(words[i]);
            token.setValue(words[i]);
            token.setTag(pos[i]);
            token.setNER(ner[i]);
            tokens.add(token);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        Annotation annotation = new Annotation(String.join(" ", words));
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        annotator.annotate(annotation);
        return tokens.stream().map(CoreLabel::ner).toArray(String[]::new);
    }
}
