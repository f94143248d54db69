package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What must not become a date: no date, two dates, impossible dates, and years we will not guess. */
class DateReaderRejectsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DateReading UNREADABLE = new DateReading.Unreadable();

    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "\"{0}\" holds no date")
    @ValueSource(strings = {"tomorrow", "soon", "", "   ", "12345", "2027", "next year", "March 2027", "2027/03",
        "3/31", "31", "AB12345678CD", "call me at 090-1234-5678", "10:30", "明日", "来年の3月", "¿cuándo?"})
    void textWithoutADateIsUnreadable(String text) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(UNREADABLE);
    }

    @Test
    void missingTextIsUnreadable() {
        assertThat(reader.read(null, "en", TODAY)).isEqualTo(UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\" does not exist")
    @ValueSource(strings = {"2027-02-30", "2027-13-01", "2027-00-10", "2027-03-32", "2026-02-29", "31/04/2027",
        "31/31/2027", "02/30/2027", "2027年2月30日", "30 February 2027", "April 31, 2027", "20270230", "R9.2.30",
        "令和9年13月1日", "2027년 2월 29일", "31 tháng 4 năm 2027", "0/0/2027"})
    void impossibleDatesAreUnreadable(String text) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(UNREADABLE);
    }

    @Test
    void aLeapDayExistsInALeapYear() {
        assertThat(reader.read("2028-02-29", "en", TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2028, 2, 29)));
    }

    @ParameterizedTest(name = "\"{0}\" has a two-digit year")
    @ValueSource(strings = {"31/03/27", "03/31/27", "31.03.27", "27/03/31", "31 May 27", "May 31, 27", "27年3月31日",
        "27년 3월 31일", "31 tháng 3 năm 27"})
    void twoDigitYearsAreNotGuessed(String text) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\" names two different dates")
    @ValueSource(strings = {"2027-03-31 or 2028-03-31", "31 March 2027 and 1 April 2027",
        "from 2026/04/01 to 2027/03/31", "2027年3月31日か2027年4月30日", "31/03/2027 31/03/2028",
        "I arrived on 1 April; my card ends 2027-03-31"})
    void twoDifferentDatesAreNotGuessedBetween(String text) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\" says one date twice")
    @ValueSource(strings = {"令和9年3月31日（2027/03/31）", "2027-03-31 (31 March 2027)", "2027/03/31, I repeat 2027/03/31"})
    void theSameDateWrittenTwiceIsOneAnswer(String text) {
        assertThat(reader.read(text, "ja", TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 3, 31)));
    }

    @ParameterizedTest(name = "\"{0}\" has a card number beside the date")
    @ValueSource(strings = {"AB12345678CD 2027/03/31", "Card AB12345678CD expires 31 March 2027",
        "在留カード番号AB12345678CD 有効期限2027年3月31日", "No. AB20270401CD, valid until 2027-03-31"})
    void aResidenceCardNumberDoesNotDisturbTheDate(String text) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 3, 31)));
    }

    @ParameterizedTest(name = "\"{0}\" in {1}: the abbreviation belongs to another language")
    @CsvSource({"set 3 alarms, en", "I'll be out 3 weeks, en", "31 des 2027, en", "30 set 2027, en"})
    void anotherLanguagesAbbreviationIsNotAMonth(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(UNREADABLE);
    }

    @ParameterizedTest(name = "\"{0}\" in {1} has an implausible year")
    @CsvSource({"31/03/2570, en", "2570-03-31, vi", "31 March 1066, en", "2300-01-01, ja"})
    void yearsFarFromTodayAreRefused(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(UNREADABLE);
    }
}
