package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which order a year-last numeric date is read in, and when the bot must ask instead. */
class DateReaderAmbiguityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DateReading ASK_MARCH_OR_APRIL =
        new DateReading.Ambiguous(List.of(LocalDate.of(2027, 3, 4), LocalDate.of(2027, 4, 3)));

    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "in {0}, 03/04/2027 is a question, month-first offered first")
    @ValueSource(strings = {"en", "fil", "ja", "ja-easy", "zh-Hans", "zh-Hant", "ko"})
    void languagesWithoutASettledOrderAskWhichReadingIsMeant(String lang) {
        assertThat(reader.read("03/04/2027", lang, TODAY)).isEqualTo(ASK_MARCH_OR_APRIL);
    }

    @ParameterizedTest(name = "in {0}, 03/04/2027 is 3 April")
    @ValueSource(strings = {"vi", "ne", "pt-BR", "id", "my", "th", "es"})
    void dayFirstLanguagesReadTheFirstNumberAsTheDay(String lang) {
        assertThat(reader.read("03/04/2027", lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 4, 3)));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is asked about with the same separators")
    @CsvSource({"03.04.2027, en", "03-04-2027, en", "3/4/2027, ko", "03 / 04 / 2027, fil"})
    void everySeparatorRaisesTheSameQuestion(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(ASK_MARCH_OR_APRIL);
    }

    @ParameterizedTest(name = "unknown language \"{0}\" asks like English")
    @ValueSource(strings = {"xx", "de", ""})
    void unknownLanguagesAskLikeEnglish(String lang) {
        assertThat(reader.read("03/04/2027", lang, TODAY)).isEqualTo(ASK_MARCH_OR_APRIL);
    }

    @org.junit.jupiter.api.Test
    void aMissingLanguageAsksLikeEnglish() {
        assertThat(reader.read("03/04/2027", null, TODAY)).isEqualTo(ASK_MARCH_OR_APRIL);
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}: a number above 12 can only be the day")
    @CsvSource({
        "13/04/2027, en, 2027-04-13",
        "04/13/2027, en, 2027-04-13",
        "31/03/2027, ja, 2027-03-31",
        "03/31/2027, zh-Hans, 2027-03-31",
        "03/31/2027, vi, 2027-03-31",
        "12/25/2027, pt-BR, 2027-12-25",
        "25/12/2027, fil, 2027-12-25",
        "12/13/2027, es, 2027-12-13",
    })
    void aNumberAbove12SettlesTheOrderInAnyLanguage(String text, String lang, String expected) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}: both readings are the same day")
    @CsvSource({"05/05/2027, en, 2027-05-05", "12.12.2027, ko, 2027-12-12", "1/1/2028, fil, 2028-01-01"})
    void sameDayAndMonthNeedsNoQuestion(String text, String lang, String expected) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" is never ambiguous in en: the year comes first or the month is named")
    @CsvSource({
        "2027/03/04, 2027-03-04",
        "2027-04-03, 2027-04-03",
        "20270304, 2027-03-04",
        "4 March 2027, 2027-03-04",
        "March 4 2027, 2027-03-04",
        "R9.3.4, 2027-03-04",
    })
    void yearFirstAndNamedMonthsAreNeverAmbiguous(String text, String expected) {
        assertThat(reader.read(text, "en", TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }
}
