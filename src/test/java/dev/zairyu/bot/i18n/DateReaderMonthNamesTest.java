package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every month name CLDR (via ICU) gives for a language is read as the right month, in either context and case. */
class DateReaderMonthNamesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final DateReader reader = new DateReader();

    @ParameterizedTest(name = "{0} ({1}): every CLDR {2} month name is read")
    @CsvSource({
        "en, en, wide", "en, en, abbreviated",
        "pt_BR, pt-BR, wide", "pt_BR, pt-BR, abbreviated",
        "es, es, wide", "es, es, abbreviated",
        "id, id, wide", "id, id, abbreviated",
        "fil, fil, wide", "fil, fil, abbreviated",
        "th, th, wide", "th, th, abbreviated",
        "ne, ne, wide",
        "my, my, wide",
    })
    void cldrMonthNamesAreRead(String icuLocale, String lang, String width) {
        DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(icuLocale));
        int icuWidth = width.equals("wide") ? DateFormatSymbols.WIDE : DateFormatSymbols.ABBREVIATED;
        List<String> misread = new ArrayList<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] names = symbols.getMonths(context, icuWidth);
            for (int i = 0; i < 12; i++) {
                for (String name : List.of(names[i], names[i].toUpperCase(new ULocale(icuLocale).toLocale()))) {
                    String text = "1 " + name + " 2027";
                    DateReading expected = new DateReading.Read(LocalDate.of(2027, i + 1, 1));
                    if (!reader.read(text, lang, TODAY).equals(expected)) {
                        misread.add(text);
                    }
                }
            }
        }
        assertThat(misread).isEmpty();
    }

    @ParameterizedTest(name = "full name \"{0}\" is read in any language, here {1}")
    @CsvSource({"31 março 2027, en", "31 marzo 2027, ja", "31 Maret 2027, vi", "31 Marso 2027, ko",
        "31 มีนาคม 2027, es", "31 मार्च 2027, id", "31 မတ် 2027, th"})
    void fullNamesAreReadInEveryLanguage(String text, String lang) {
        assertThat(reader.read(text, lang, TODAY)).isEqualTo(new DateReading.Read(LocalDate.of(2027, 3, 31)));
    }
}
