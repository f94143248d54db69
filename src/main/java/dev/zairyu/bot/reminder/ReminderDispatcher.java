package dev.zairyu.bot.reminder;

import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due reminders during the sending hours: each becomes an event of its person, handled (checked
 * against their current answers, answered, pushed) on the same path as a message they sent.
 */
public final class ReminderDispatcher {
    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);
    static final int BATCH = 500;

    private final ReminderStore store;
    private final QuietHours hours;
    private final Clock clock;
    private final Consumer<List<UserRef>> fired;

    /** @param fired receives the people who got a reminder event (to start on their turn) */
    public ReminderDispatcher(ReminderStore store, QuietHours hours, Clock clock, Consumer<List<UserRef>> fired) {
        this.store = store;
        this.hours = hours;
        this.clock = clock;
        this.fired = fired;
    }

    public void start(ScheduledExecutorService timer, Duration every) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                runOnce();
            } catch (RuntimeException e) {
                log.warn("reminder pass failed; next pass soon", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass: fires everything due now, batch by batch. Returns how many people got a reminder. */
    public int runOnce() {
        Instant now = clock.instant();
        if (!hours.allows(now)) {
            return 0;
        }
        int total = 0;
        while (true) {
            List<UserRef> users = store.fireDue(now, BATCH);
            if (users.isEmpty()) {
                return total;
            }
            total += users.size();
            fired.accept(users);
            if (users.size() < BATCH / 2) {
                return total;
            }
        }
    }

    public QuietHours hours() {
        return hours;
    }
}
