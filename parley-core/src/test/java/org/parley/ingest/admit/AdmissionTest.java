package org.parley.ingest.admit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

/** Admission within one run, as 'parley extract' and the Spark job's driver use it. No store. */
class AdmissionTest {

    private static Article article(String origin, String text) {
        return new Article(origin, origin, null, null, text, LocalDate.of(2024, 3, 5));
    }

    @Test
    void aTicketIsJudgedAsItsArticle() {
        String story = "Officials from both ministries said the meeting had been practical and calm, and that"
                + " engineers would present new cost estimates for the rail link in the autumn, before the two"
                + " governments decide how to share the bill. A joint letter to the European Commission is planned"
                + " once the estimates are ready, and the ministers will meet again in the spring to sign it.";
        Admission byArticle = Admission.withinRun();
        Admission byTicket = Admission.withinRun();
        for (String text : new String[] {story, story, story.replace(" to sign it.", "."),
                "La ministre a rencontré son homologue à Paris mardi pour parler de la pêche et du commerce."}) {
            Article a = article("a" + text.length(), text);
            Admission.Verdict expected = byArticle.check(a);
            Admission.Verdict actual = byTicket.check(Admission.Candidate.of(a));
            assertEquals(expected.kind(), actual.kind(), text);
            assertEquals(expected.of(), actual.of());
        }
    }

    @Test
    void anExactCopyIsOneHoweverFarApartWithoutAStore() {
        Admission admission = Admission.withinRun();
        String first = "The first story of the run, told once.";
        assertEquals(Admission.Verdict.Kind.NEW, admission.check(article("first", first)).kind());
        for (int i = 0; i < Admission.WINDOW; i++) {
            admission.check(article("n" + i, "Story number " + i + " of the run, told once."));
        }
        Admission.Verdict again = admission.check(article("again", first));
        assertEquals(Admission.Verdict.Kind.EXACT, again.kind(), "the first story left the window");
        assertEquals("first", again.ofOrigin());
    }
}
