package dev.zairyu.bot.testing;

import dev.zairyu.bot.advice.RenewalActions;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.flow.ContentException;
import dev.zairyu.bot.flow.ContentLoader;
import dev.zairyu.bot.i18n.DateReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The real {@code conversation-flows/} content and a clock at 10:00 in Japan on a given day. */
public final class TestContent {
    public static final Path ROOT = Path.of("conversation-flows");
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Engine engine;

    private TestContent() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            try {
                dev.zairyu.bot.flow.Content content = new ContentLoader(RenewalActions::specs).load(ROOT);
                engine = new Engine(content, RenewalActions.all(content.reminders()), new DateReader(),
                        new dev.zairyu.bot.faq.FaqMatcher(content.faq()), new dev.zairyu.bot.i18n.LanguageDetector());
            } catch (ContentException e) {
                throw new AssertionError(String.join("\n", e.problems()), e);
            }
        }
        return engine;
    }

    public static ZonedDateTime morningOf(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(JAPAN);
    }

    public static Clock clockAt(LocalDate day) {
        return Clock.fixed(morningOf(day).toInstant(), JAPAN);
    }
}
