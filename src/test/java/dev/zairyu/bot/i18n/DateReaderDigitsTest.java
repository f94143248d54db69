package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-width and native digits and separators, and the calendars some languages count years in. */
class DateReaderDigitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DateReading MARCH_31 = new DateReading.Read(LocalDate.of(2027, 3, 31));

    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "\"{0}\" in {1} is 2027-03-31")
    @CsvSource(delimiter = '|', textBlock = """
        ２０２７／３／３１        | ja
        2027－03－31              | ja
        ２０２７－０３－３１      | ja
        ２０２７．０３．３１      | ko
        2027−03−31                | en
        2027–03–31                | en
        ２０２７ー０３ー３１      | ja
        ２０２７０３３１          | zh-Hans
        ３１／０３／２０２７      | en
        ๓๑/๐๓/๒๕๗๐                | th
        ๒๐๒๗-๐๓-๓๑                | th
        २०२७-०३-३१                | ne
        ३१ मार्च २०२७             | ne
        ၂၀၂၇-၀၃-၃၁                | my
        ၃၁.၀၃.၂၀၂၇                | my
        """)
    void foreignDigitsAndSeparatorsAreReadLikeAscii(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(MARCH_31);
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        31 มีนาคม 2570            | en | 2027-03-31
        31 มีนาคม พ.ศ. 2570       | en | 2027-03-31
        31 มีนาคม ค.ศ. 2027       | th | 2027-03-31
        25700331                  | th | 2027-03-31
        2570-03-31                | th | 2027-03-31
        1 ม.ค. 2571               | th | 2028-01-01
        31มีนาคม2570              | th | 2027-03-31
        """)
    void thaiBuddhistEraYearsAreConverted(String text, String lang, String expected) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" in ne is refused as a Bikram Sambat year")
    @CsvSource(delimiter = '|', textBlock = """
        २०८३-०३-३१
        2083/03/31
        ३१/१२/२०८२
        15 March 2082
        २०८३ मार्च १५
        """)
    void nepaliYearsFrom2070AreRefusedAsBikramSambat(String text) {
        assertThat(reader.read(text, "ne", TODAY)).isEqualTo(new DateReading.Unreadable());
    }

    @ParameterizedTest(name = "\"{0}\" in {1} is {2}: the calendar rule belongs to one language")
    @CsvSource(delimiter = '|', textBlock = """
        2083-03-31                | en | 2083-03-31
        31/03/2069                | ne | 2069-03-31
        """)
    void calendarRulesApplyOnlyWhereTheyBelong(String text, String lang, String expected) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }
}
