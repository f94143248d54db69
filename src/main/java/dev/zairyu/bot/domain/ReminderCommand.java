package dev.zairyu.bot.domain;

import java.time.Instant;
import java.util.List;

/** What a turn decided about a person's reminders; saved in the same transaction as their state. */
public sealed interface ReminderCommand {
    /** One reminder to send at {@code due} (quiet hours are applied when it fires). */
    record Planned(String kind, Instant due) {
    }

    /** The person's upcoming reminders become exactly these (dates changed, or reminders accepted). */
    record Replace(List<Planned> reminders) implements ReminderCommand {
        public Replace {
            reminders = List.copyOf(reminders);
        }
    }

    /** No more reminders: stopped, applied, or no longer relevant. */
    record CancelAll() implements ReminderCommand {
    }

    /** "Remind me later": the same reminder again at {@code due}. */
    record Snooze(Planned again) implements ReminderCommand {
    }
}
