package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.JapaneseCalendar;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Japanese era dates, written out or abbreviated, become Gregorian dates. */
class DateReaderJapaneseEraTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        令和元年5月1日            | 2019-05-01
        令和元年5月1日(水)        | 2019-05-01
        令和9年3月31日            | 2027-03-31
        令和 9 年 3 月 31 日      | 2027-03-31
        令和09年03月31日          | 2027-03-31
        令和10年1月1日            | 2028-01-01
        ㋿9年3月31日              | 2027-03-31
        R9.3.31                   | 2027-03-31
        R09/03/31                 | 2027-03-31
        r9-3-31                   | 2027-03-31
        Ｒ９．３．３１            | 2027-03-31
        R9年3月31日               | 2027-03-31
        R元.5.1                   | 2019-05-01
        期限はR9.3.31です         | 2027-03-31
        H31.4.30                  | 2019-04-30
        平成31年4月30日           | 2019-04-30
        平成30年12月31日          | 2018-12-31
        ㍻31年4月30日             | 2019-04-30
        平成33年3月31日           | 2021-03-31
        """)
    void eraDatesBecomeGregorianDates(String text, String expected) {
        assertThat(reader.read(text, "ja", TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" is read in {1} as well")
    @ValueSource(strings = {"en", "zh-Hans", "vi", "pt-BR"})
    void eraDatesAreReadWhateverTheChatLanguage(String lang) {
        assertThat(reader.read("令和9年3月31日", lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 3, 31)));
        assertThat(reader.read("R9.3.31", lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 3, 31)));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"R0.3.31", "令和9年2月30日", "R9.13.1", "for9.3.31", "令和9年3月"})
    void brokenEraDatesAreUnreadable(String text) {
        assertThat(reader.read(text, "ja", TODAY)).isEqualTo(new DateReading.Unreadable());
    }

    @ParameterizedTest(name = "{0} year {1} agrees with ICU''s Japanese calendar")
    @CsvSource({"令和, 1", "令和, 9", "令和, 12", "平成, 1", "平成, 12", "平成, 31"})
    void eraArithmeticAgreesWithIcu(String era, int year) {
        JapaneseCalendar calendar = new JapaneseCalendar();
        calendar.clear();
        calendar.set(Calendar.ERA, era.equals("令和") ? JapaneseCalendar.REIWA : JapaneseCalendar.HEISEI);
        calendar.set(Calendar.YEAR, year);
        calendar.set(Calendar.MONTH, Calendar.DECEMBER);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        int gregorianYear = calendar.get(Calendar.EXTENDED_YEAR);

        assertThat(reader.read(era + year + "年12月1日", "ja", TODAY))
            .isEqualTo(new DateReading.Read(LocalDate.of(gregorianYear, 12, 1)));
    }
}
