package org.parley.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.clean.CleanAssertions.clean;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.model.Article;
import org.parley.model.DatePrecision;
import org.parley.model.FuzzyDate;

class PublicationDateTest {

    private static final String STORY = "\nThe foreign ministers of Ghana and Peru met in Accra on Monday and agreed on a visa deal.";

    @Test
    void dateGivenBySourceWinsOverTheText() {
        Article a = new Article("a", "feed", null, null, " date 2024-02-03 Title\n" + STORY, LocalDate.of(2024, 2, 1));
        CleanText c = new Cleaner().apply(a);
        assertEquals(LocalDate.of(2024, 2, 1), c.published());
        assertEquals("source", c.publishedHow());
    }

    @Test
    void aPageAddressWithYearAndMonthOnlyGivesTheMonth() {
        for (String url : List.of("https://news.example.org/2023/03/ghana-peru-visa-deal",
                "https://news.example.org/world/202303/3143217.html")) {
            CleanText c = new Cleaner().apply(new Article("a", "web", url, null, "Ghana and Peru sign visa deal" + STORY, null));
            assertEquals(FuzzyDate.month(2023, 3), c.publishedDate(), url);
            assertEquals("url", c.publishedHow());
        }
    }

    @Test
    void aDayInTheTextOutranksAMonthFromTheAddress() {
        CleanText c = new Cleaner().apply(new Article("a", "web", "https://news.example.org/2023/03/visa-deal", null,
                " date 2023-03-07 Ghana and Peru sign visa deal" + STORY, null));
        assertEquals(FuzzyDate.day(LocalDate.of(2023, 3, 7)), c.publishedDate());
    }

    @Test
    void aMonthTheSourceGaveIsKeptAsAMonth() {
        CleanText c = new Cleaner().apply(new Article("a", "feed", null, null, "Ghana and Peru sign visa deal" + STORY,
                LocalDate.of(2023, 3, 1), DatePrecision.MONTH));
        assertEquals(FuzzyDate.month(2023, 3), c.publishedDate());
        assertEquals("source", c.publishedHow());
    }

    @Test
    void dateHeaderGivesTheDate() {
        CleanText c = clean(" date 2024-02-03 Ghana and Peru sign visa deal" + STORY);
        assertEquals(LocalDate.of(2024, 2, 3), c.published());
        assertEquals("date header", c.publishedHow());
    }

    @Test
    void dateHeaderOutranksDateLine() {
        CleanText c = clean(" date 2024-02-03 Ghana and Peru sign visa deal\nUpdated: 05-02-2024 10:00 IST" + STORY);
        assertEquals(LocalDate.of(2024, 2, 3), c.published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://news.example.com/20230710/ghana-peru-visa-deal-1234567890.html | 2023-07-10",
        "https://www.example.org/2024/07/08/ghana-peru-visa-deal/ | 2024-07-08",
        "https://www.example.cn/a/202303/10/WS640b0.html | 2023-03-10",
        "http://en.example.cn/n3/2023/0711/c90000-2004.html | 2023-07-11",
        "https://example.pk/07-Apr-2018/ghana-peru-visa-deal | 2018-04-07",
        "https://example.za/international/2024-07-08-ghana-peru-visa-deal/ | 2024-07-08",
    })
    void dateInUrlInTheTextGivesTheDate(String url, LocalDate expected) {
        CleanText c = clean(url + "\nGhana and Peru sign visa deal" + STORY);
        assertEquals(expected, c.published());
        assertEquals("url", c.publishedHow());
    }

    @Test
    void urlWithoutDateGivesNoDate() {
        assertNull(clean("https://www.example.cn/page/202307/1294506.shtml" + STORY).published());
        assertNull(clean("https://example.com/world/article/3658248" + STORY).published());
    }

    @Test
    void pageUrlGivesTheDate() {
        Article a = new Article("a", "warc", "https://example.org/2022/06/06/visa-deal", null, STORY.strip(), null);
        assertEquals(LocalDate.of(2022, 6, 6), new Cleaner().apply(a).published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "( 2023.11.29 ) # 2023-11-29",
        "Newswire) 11:14, July 11, 2023 # 2023-07-11",
        "2023-06-21 08:39 # 2023-06-21",
        "Jane Roe Published November 05, 2024 | 02:40 PM # 2024-11-05",
        "Updated: 13-07-2023 07:09 IST # 2023-07-13",
        "Last updated: August 22, 2025 01:22:15 IST # 2025-08-22",
        "Posted on 3rd Feb, 2024 # 2024-02-03",
        "Source: Newswire | 2019-09-30 23:54:04 | Editor: Ana Ruiz # 2019-09-30",
    })
    void dateLineNearTheTopGivesTheDate(String dateLine, LocalDate expected) {
        CleanText c = clean("Ghana and Peru sign visa deal\n" + dateLine + STORY);
        assertEquals(expected, c.published());
        assertEquals("date line", c.publishedHow());
        assertEquals(-1, c.text().indexOf(dateLine), "the date line is not part of the story");
    }

    @Test
    void creationDateWinsOverUpdateDateOnTheSameLine() {
        CleanText c = clean("Newswire | Updated: 14-07-2023 07:09 IST | Created: 13-07-2023 07:09 IST" + STORY);
        assertEquals(LocalDate.of(2023, 7, 13), c.published());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "July 12, 2023 LIMA – The foreign ministers of Ghana and Peru met on Monday and agreed on a visa deal. | 2023-07-12",
        "OSLO (Daily News / Wire - 04th August, 2023) The foreign ministers of Norway and Peru met on Friday in the city. | 2023-08-04",
        "Accra, (GNA - Some Wire / Ghana Point News - 5th Nov, 2024) The ministers of Ghana and Peru will meet this week. | 2024-11-05",
    })
    void datedDatelineGivesTheDateWhenNothingElseDoes(String paragraph, LocalDate expected) {
        CleanText c = clean("Ministers meet\n" + paragraph);
        assertEquals(expected, c.published());
        assertEquals("dateline", c.publishedHow());
    }

    @Test
    void anAddressGluedToTheCreditBeforeItStillDatesTheStory() {
        CleanText c = clean("Ministers meet\nThe foreign ministers of Ghana and Peru met on Monday.\n"
                + "- WIREhttps://news.example.org/world/2024-07-08-ministers-meet/");
        assertEquals(LocalDate.of(2024, 7, 8), c.published());
        assertEquals("url", c.publishedHow());
    }

    @Test
    void clipNumberStampedWithItsDayDatesAnOtherwiseUndatedStory() {
        CleanText c = clean("Ministers meet\nThe foreign ministers of Ghana and Peru met on Thursday.\nVideo ID: 20190425-026");
        assertEquals(LocalDate.of(2019, 4, 25), c.published());
        assertEquals("stamped id", c.publishedHow());
        assertNull(clean("Ministers meet\nThe ministers met on Thursday.\nVideo ID: 20191345-026").published(),
                "not a calendar day");
        assertNull(clean("Ministers meet\nThe ministers met on Thursday.\nOrder 20190425 was placed.").published(),
                "a number in prose is no stamp");
    }

    @Test
    void photoCaptionDateIsNotThePublicationDate() {
        CleanText c = clean("""
                Ghana and Peru sign visa deal
                The two ministers shake hands in Accra, Ghana, June 4, 2025. /Newswire
                The foreign ministers of Ghana and Peru met in Accra on Monday and agreed on a visa deal.""");
        assertNull(c.published());
        assertNull(c.publishedHow());
    }

    @Test
    void datelineWithoutYearGivesNoDate() {
        CleanText c = clean("HANOI, March 3 (VNA) -- The ministers of Vietnam and Peru met in Hanoi and agreed on a visa deal.");
        assertNull(c.published());
        assertEquals(3, c.dateline().month());
    }

    @Test
    void dateInProseIsNotThePublicationDate() {
        assertNull(clean("The ministers of Ghana and Peru met in Accra on June 4, 2025 and agreed on a visa deal.").published());
    }
    @Test
    void datedHeadlineIsNeitherDateLineNorDropped() {
        CleanText c = clean("Ministers Meet In Lima, May 5, 2024" + STORY);
        assertNull(c.published());
        assertTrue(c.text().startsWith("Ministers Meet In Lima, May 5, 2024\n"));
    }
}
