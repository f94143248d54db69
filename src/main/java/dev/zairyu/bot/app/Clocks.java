package dev.zairyu.bot.app;

import dev.zairyu.bot.dispatch.ConversationService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** The one clock of the process. {@code BOT_TODAY} moves it to 10:00 in Japan on that day, then it runs on. */
final class Clocks {
    static final LocalTime DEMO_START = LocalTime.of(10, 0);

    private Clocks() {
    }

    static Clock from(Optional<LocalDate> botToday, Clock system) {
        if (botToday.isEmpty()) {
            return system;
        }
        Instant start = botToday.get().atTime(DEMO_START).atZone(ConversationService.JAPAN).toInstant();
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
