package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language's everyday ways of writing the expiry date 2027-03-31 (or the stated date), read in that language. */
class DateReaderLanguagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final DateReader reader = new DateReader();

    private void assertReads(String lang, String text, String expected) {
        assertThat(reader.read(text, lang, TODAY))
            .as("%s in %s", text, lang)
            .isEqualTo(new DateReading.Read(LocalDate.parse(expected)));
    }

    @ParameterizedTest(name = "en reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027-03-31                      | 2027-03-31
        2027-3-31                       | 2027-03-31
        20270331                        | 2027-03-31
        It expires on 2027/03/31        | 2027-03-31
        2027.03.31                      | 2027-03-31
        my card says 31 May 2027.       | 2027-05-31
        May 31, 2027                    | 2027-05-31
        May 31 2027                     | 2027-05-31
        31st May 2027                   | 2027-05-31
        Mar 31st, 2027                  | 2027-03-31
        31-Mar-2027                     | 2027-03-31
        31 MARCH 2027                   | 2027-03-31
        march 31st 2027                 | 2027-03-31
        the 31st of March, 2027         | 2027-03-31
        Sept 5, 2027                    | 2027-09-05
        2027 March 31                   | 2027-03-31
        31/03/2027                      | 2027-03-31
        03/31/2027                      | 2027-03-31
        31-03-2027                      | 2027-03-31
        31.03.2027                      | 2027-03-31
        """)
    void englishFormsAreRead(String text, String expected) {
        assertReads("en", text, expected);
    }

    @ParameterizedTest(name = "ja reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027年3月31日                     | 2027-03-31
        2027年03月31日                    | 2027-03-31
        2027 年 3 月 31 日                | 2027-03-31
        2027年3月31日(水)                 | 2027-03-31
        2027年3月31日（水）               | 2027-03-31
        ２０２７年３月３１日              | 2027-03-31
        有効期限は2027年3月31日までです   | 2027-03-31
        令和9年3月31日                    | 2027-03-31
        R9.3.31                           | 2027-03-31
        R09/03/31                         | 2027-03-31
        2027/03/31                        | 2027-03-31
        ２０２７／３／３１                | 2027-03-31
        """)
    void japaneseFormsAreRead(String text, String expected) {
        assertReads("ja", text, expected);
        assertReads("ja-easy", text, expected);
    }

    @ParameterizedTest(name = "zh reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027年3月31日                     | 2027-03-31
        2027年3月31号                     | 2027-03-31
        2027年3月31號                     | 2027-03-31
        到期日：2027年3月31日             | 2027-03-31
        在留卡有效期至2027年03月31日      | 2027-03-31
        2027-03-31                        | 2027-03-31
        2027/3/31                         | 2027-03-31
        2027.3.31                         | 2027-03-31
        ２０２７年３月３１号              | 2027-03-31
        20270331                          | 2027-03-31
        """)
    void chineseFormsAreRead(String text, String expected) {
        assertReads("zh-Hans", text, expected);
        assertReads("zh-Hant", text, expected);
    }

    @ParameterizedTest(name = "ko reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2027년 3월 31일                   | 2027-03-31
        2027년3월31일                     | 2027-03-31
        2027. 3. 31.                      | 2027-03-31
        2027.03.31                        | 2027-03-31
        2027. 03. 31                      | 2027-03-31
        만료일: 2027년 3월 31일까지       | 2027-03-31
        2027-03-31                        | 2027-03-31
        ２０２７년３월３１일              | 2027-03-31
        """)
    void koreanFormsAreRead(String text, String expected) {
        assertReads("ko", text, expected);
    }

    @ParameterizedTest(name = "vi reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31/3/2027                         | 2027-03-31
        ngày 31 tháng 3 năm 2027          | 2027-03-31
        31 tháng 3, 2027                  | 2027-03-31
        Ngày 31 Tháng 03 Năm 2027         | 2027-03-31
        ngay 31 thang 3 nam 2027          | 2027-03-31
        31 thg 3, 2027                    | 2027-03-31
        hết hạn 31/03/2027                | 2027-03-31
        03/04/2027                        | 2027-04-03
        31-03-2027                        | 2027-03-31
        2027-03-31                        | 2027-03-31
        """)
    void vietnameseFormsAreRead(String text, String expected) {
        assertReads("vi", text, expected);
    }

    @ParameterizedTest(name = "fil reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        Marso 31, 2027                    | 2027-03-31
        31 Marso 2027                     | 2027-03-31
        ika-31 ng Marso, 2027             | 2027-03-31
        Mar 31, 2027                      | 2027-03-31
        May 31, 2027                      | 2027-05-31
        Setyembre 5, 2027                 | 2027-09-05
        Disyembre 1 2027                  | 2027-12-01
        Okt 15, 2027                      | 2027-10-15
        31/03/2027                        | 2027-03-31
        2027-03-31                        | 2027-03-31
        """)
    void filipinoFormsAreRead(String text, String expected) {
        assertReads("fil", text, expected);
    }

    @ParameterizedTest(name = "ne reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        २०२७-०३-३१                        | 2027-03-31
        २०२७/०३/३१                        | 2027-03-31
        ३१/०३/२०२७                        | 2027-03-31
        ३१ मार्च २०२७                     | 2027-03-31
        मार्च ३१, २०२७                    | 2027-03-31
        31 March 2027                     | 2027-03-31
        03/04/2027                        | 2027-04-03
        2027-03-31                        | 2027-03-31
        """)
    void nepaliFormsAreRead(String text, String expected) {
        assertReads("ne", text, expected);
    }

    @ParameterizedTest(name = "pt-BR reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31/03/2027                        | 2027-03-31
        31 de março de 2027               | 2027-03-31
        31 de marco de 2027               | 2027-03-31
        31 DE MARÇO DE 2027               | 2027-03-31
        31 de mar. de 2027                | 2027-03-31
        1º de abril de 2027               | 2027-04-01
        1.º de abril de 2027              | 2027-04-01
        vence em 31/03/2027               | 2027-03-31
        03/04/2027                        | 2027-04-03
        30 set 2027                       | 2027-09-30
        31 de dez. de 2027                | 2027-12-31
        """)
    void brazilianPortugueseFormsAreRead(String text, String expected) {
        assertReads("pt-BR", text, expected);
    }

    @ParameterizedTest(name = "es reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31/03/2027                        | 2027-03-31
        31 de marzo de 2027               | 2027-03-31
        31 de Marzo del 2027              | 2027-03-31
        marzo 31 de 2027                  | 2027-03-31
        31-mar-2027                       | 2027-03-31
        03/04/2027                        | 2027-04-03
        1 de septiembre de 2027           | 2027-09-01
        1 de setiembre de 2027            | 2027-09-01
        1.º de enero de 2028              | 2028-01-01
        31 dic 2027                       | 2027-12-31
        """)
    void spanishFormsAreRead(String text, String expected) {
        assertReads("es", text, expected);
    }

    @ParameterizedTest(name = "id reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31 Maret 2027                     | 2027-03-31
        31 Mar 2027                       | 2027-03-31
        31/03/2027                        | 2027-03-31
        17 Agustus 2027                   | 2027-08-17
        17 Agt 2027                       | 2027-08-17
        1 Mei 2027                        | 2027-05-01
        03/04/2027                        | 2027-04-03
        berlaku sampai 31 Desember 2027   | 2027-12-31
        31 Des 2027                       | 2027-12-31
        """)
    void indonesianFormsAreRead(String text, String expected) {
        assertReads("id", text, expected);
    }

    @ParameterizedTest(name = "my reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ၃၁/၀၃/၂၀၂၇                        | 2027-03-31
        ၂၀၂၇-၀၃-၃၁                        | 2027-03-31
        ၂ဝ၂၇-ဝ၃-၃၁                        | 2027-03-31
        ၃၁ March ၂၀၂၇                     | 2027-03-31
        31 March 2027                     | 2027-03-31
        March 31, 2027                    | 2027-03-31
        ၃၁ မတ် ၂၀၂၇                       | 2027-03-31
        ၃၁ မတ်လ ၂၀၂၇                      | 2027-03-31
        မတ်လ ၃၁ ရက်၊ ၂၀၂၇                 | 2027-03-31
        ၂၀၂၇ ခုနှစ် မတ်လ ၃၁ ရက်            | 2027-03-31
        03/04/2027                        | 2027-04-03
        2027/03/31                        | 2027-03-31
        """)
    void burmeseFormsAreRead(String text, String expected) {
        assertReads("my", text, expected);
    }

    @ParameterizedTest(name = "th reads \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        31 มีนาคม 2027                    | 2027-03-31
        31 มีนาคม 2570                    | 2027-03-31
        31/03/2570                        | 2027-03-31
        ๓๑ มีนาคม ๒๕๗๐                    | 2027-03-31
        ๓๑/๐๓/๒๕๗๐                        | 2027-03-31
        31 มี.ค. 2570                     | 2027-03-31
        วันที่ 31 มีนาคม พ.ศ. 2570        | 2027-03-31
        31/03/2027                        | 2027-03-31
        03/04/2027                        | 2027-04-03
        2027-03-31                        | 2027-03-31
        31 March 2027                     | 2027-03-31
        """)
    void thaiFormsAreRead(String text, String expected) {
        assertReads("th", text, expected);
    }
}
