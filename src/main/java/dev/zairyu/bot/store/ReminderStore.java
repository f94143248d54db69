package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.UserRef;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The reminder rows: firing due ones, and the counts operators look at. */
public interface ReminderStore {
    /**
     * Fires up to {@code limit} due reminders in one transaction, rows locked with {@code SKIP LOCKED} so
     * any number of instances share the work: each becomes an inbox event (so it takes the same path as
     * a message, and is handled once) and is marked fired. When several of one person's are due, only
     * the latest goes out; the others are marked skipped.
     *
     * @return the people who got an event
     */
    List<UserRef> fireDue(Instant now, int limit);

    record Stats(Map<String, Long> byState, Map<String, Long> scheduledByKind, Instant nextDue, long pushesThisMonth) {
    }

    Stats stats(YearMonth month);
}
