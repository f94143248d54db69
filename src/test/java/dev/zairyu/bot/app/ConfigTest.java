package dev.zairyu.bot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void withNothingSetTheBotRunsOnTheEmbeddedDefaults() throws Exception {
        Config config = Config.from(Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:file:./data/zairyu-bot");
        assertThat(config.line()).isEmpty();
        assertThat(config.slack()).isEmpty();
        assertThat(config.webChatEnabled()).isTrue();
        assertThat(config.lineApiBaseUrl().toString()).isEqualTo("https://api.line.me");
    }

    @Test
    void aBadPortStopsStartUpWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> Config.from(Map.of("PORT", "eighty"))).isInstanceOf(ConfigException.class)
                .hasMessage("PORT must be a port number from 0 to 65535, got 'eighty'");
    }

    @Test
    void halfALineChannelIsRefused() {
        assertThatThrownBy(() -> Config.from(Map.of("LINE_CHANNEL_SECRET", "s")))
                .hasMessageStartingWith("LINE_CHANNEL_ACCESS_TOKEN must be set when LINE_CHANNEL_SECRET is set");
    }

    @Test
    void aMalformedBotTodayIsRefused() {
        assertThatThrownBy(() -> Config.from(Map.of("BOT_TODAY", "24/11/2026")))
                .hasMessage("BOT_TODAY must be a date as YYYY-MM-DD, got '24/11/2026'");
    }

    @Test
    void anUnknownDatabaseIsRefusedWithoutPrintingItsPassword() {
        assertThatThrownBy(() -> Config.from(Map.of("DATABASE_URL", "mysql://bot:hunter2@db/bot")))
                .hasMessageContaining("DATABASE_URL must start with").hasMessageNotContaining("hunter2");
    }

    @Test
    void webChatCanBeTurnedOff() throws Exception {
        assertThat(Config.from(Map.of("WEB_CHAT_ENABLED", "false")).webChatEnabled()).isFalse();
        assertThatThrownBy(() -> Config.from(Map.of("WEB_CHAT_ENABLED", "nope")))
                .hasMessage("WEB_CHAT_ENABLED must be true or false, got 'nope'");
    }

    @Test
    void botTodayStartsTheClockAtTenInTheMorningInJapan() throws Exception {
        Config config = Config.from(Map.of("BOT_TODAY", "2026-12-31"));
        java.time.Clock clock = Clocks.from(config.botToday(), java.time.Clock.systemUTC());
        assertThat(clock.instant().atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(clock.instant().atZone(java.time.ZoneId.of("Asia/Tokyo")).getHour()).isEqualTo(10);
    }

    @Test
    void secretsDoNotAppearWhenTheConfigIsPrinted() throws Exception {
        Config config = Config.from(Map.of("LINE_CHANNEL_SECRET", "topsecret", "LINE_CHANNEL_ACCESS_TOKEN", "tok"));
        assertThat(config.toString()).doesNotContain("topsecret").doesNotContain("tok,");
    }
}
