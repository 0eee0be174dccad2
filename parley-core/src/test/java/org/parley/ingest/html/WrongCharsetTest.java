package org.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages whose bytes are in one charset while they declare another: the text must come out right, and say so. */
class WrongCharsetTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

    private static final String RUSSIAN = "Министр иностранных дел встретился в Москве с послом Японии. Стороны"
            + " обсудили подготовку визита и договорились продолжить консультации в следующем месяце.";
    private static final String JAPANESE = "外務大臣は東京で中国の大使と会談し、両国の関係と今後の訪問について"
            + "話し合った。会談は一時間続き、次回の協議を来月に開くことで一致した。";
    private static final String ENGLISH = "The People’s Congress met the envoys — “a useful exchange”, said the chair.";

    private static byte[] page(String declared, String text, Charset written) {
        return ("<html><head><meta charset=\"" + declared + "\"><title>t</title></head><body><article><p>" + text
                + "</p></article></body></html>").getBytes(written);
    }

    @Test
    void utf8PagesDeclaringWindows1251OrShiftJisAreReadAsUtf8() {
        for (String declared : new String[] {"windows-1251", "Shift_JIS"}) {
            HtmlCharset.Decoded d = HtmlCharset.read(page(declared, ENGLISH, StandardCharsets.UTF_8), null);
            assertEquals(StandardCharsets.UTF_8, d.charset(), declared);
            assertEquals(ENGLISH, new HtmlArticleExtractor().extract(d.text(), null).text());
            assertEquals("declared charset " + Charset.forName(declared).name()
                    + " does not fit the bytes; read as UTF-8 (valid UTF-8)", d.note());
        }
    }

    @Test
    void aWindows1251PageDeclaringShiftJisOrUtf8IsDetected() {
        for (String declared : new String[] {"Shift_JIS", "utf-8"}) {
            HtmlCharset.Decoded d = HtmlCharset.read(page(declared, RUSSIAN, CP1251), null);
            assertEquals(CP1251, d.charset(), declared);
            assertEquals(RUSSIAN, new HtmlArticleExtractor().extract(d.text(), null).text());
            assertEquals("declared charset " + Charset.forName(declared).name()
                    + " does not fit the bytes; read as windows-1251 (detected)", d.note());
        }
    }

    @Test
    void aShiftJisPageDeclaringWindows1251IsDetected() {
        HtmlCharset.Decoded d = HtmlCharset.read(page("windows-1251", JAPANESE, SHIFT_JIS), null);
        assertEquals(SHIFT_JIS, d.charset());
        assertEquals(JAPANESE, new HtmlArticleExtractor().extract(d.text(), null).text());
        assertEquals("declared charset windows-1251 does not fit the bytes; read as Shift_JIS (detected)", d.note());
    }

    @Test
    void aRightDeclarationIsKeptWithoutANote() {
        assertNull(HtmlCharset.read(page("windows-1251", RUSSIAN, CP1251), null).note());
        assertNull(HtmlCharset.read(page("Shift_JIS", JAPANESE, SHIFT_JIS), null).note());
        assertNull(HtmlCharset.read(page("utf-8", ENGLISH, StandardCharsets.UTF_8), null).note());
        HtmlCharset.Decoded koi8 = HtmlCharset.read(page("koi8-r", RUSSIAN, Charset.forName("KOI8-R")), null);
        assertEquals(RUSSIAN, new HtmlArticleExtractor().extract(koi8.text(), null).text());
    }
}
