package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Can I apply online for my renewal?                  | en
            在留カードの更新はオンラインでできますか？              | ja
            ざいりゅうカードの こうしんは いつですか               | ja
            在留卡可以在网上更新吗？                               | zh-Hans
            在留卡可以在網上更新嗎？                               | zh-Hant
            온라인으로 신청할 수 있나요?                           | ko
            Tôi có thể nộp hồ sơ trực tuyến không?                | vi
            toi co the nop ho so truc tuyen khong                 | vi
            Pwede po ba akong mag-apply online?                   | fil
            के म अनलाइन आवेदन दिन सक्छु?                          | ne
            ကျွန်တော် အွန်လိုင်းက လျှောက်လို့ရလား                  | my
            ฉันสามารถยื่นคำร้องออนไลน์ได้ไหม                         | th
            Posso fazer o pedido pela internet?                   | pt-BR
            ¿Puedo hacer la solicitud por internet?               | es
            Apakah saya bisa mengajukan secara online?            | id
            証明書の続きは                                          | ja
            """)
    void aMessageIsRecognisedInEachOfTheBotsLanguages(String text, String language) {
        assertThat(detector.detect(text)).as(text).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ok", "Student", "2027-03-31", "1", "online?", "在留"})
    void aMessageTooShortOrUnclearLeavesTheLanguageAsItWas(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }
}
