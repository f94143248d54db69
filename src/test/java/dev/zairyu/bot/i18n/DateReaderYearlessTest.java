package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A month and day without a year mean their next occurrence, today included (today is 2026-11-24 here). */
class DateReaderYearlessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        3月31日                   | ja      | 2027-03-31
        ３月３１日                | ja      | 2027-03-31
        12月1日                   | zh-Hans | 2026-12-01
        3月31号                   | zh-Hans | 2027-03-31
        3월 31일                  | ko      | 2027-03-31
        31 December               | en      | 2026-12-31
        31 March                  | en      | 2027-03-31
        March 31                  | en      | 2027-03-31
        Mar 31st                  | en      | 2027-03-31
        24 November               | en      | 2026-11-24
        23 November               | en      | 2027-11-23
        29 February               | en      | 2028-02-29
        31 de março               | pt-BR   | 2027-03-31
        31 de marzo               | es      | 2027-03-31
        31 tháng 3                | vi      | 2027-03-31
        31 Maret                  | id      | 2027-03-31
        Marso 31                  | fil     | 2027-03-31
        31 มีนาคม                 | th      | 2027-03-31
        ३१ मार्च                  | ne      | 2027-03-31
        It ends on 31 May, 10am   | en      | 2027-05-31
        """)
    void monthAndDayMeanTheNextOccurrence(String text, String lang, String expected) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is not read without a year")
    @CsvSource(delimiter = '|', textBlock = """
        3/31                      | en
        31/3                      | vi
        03-31                     | ja
        31 April                  | en
        2月30日                   | ja
        3月31                     | ja
        """)
    void yearlessFormsThatAreTooLooseOrImpossibleAreUnreadable(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Unreadable());
    }
}
