package dev.zairyu.bot.flow;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When reminders go out, from {@code conversation-flows/reminders.yaml}: per kind of timeline, a list of
 * reminders, each a date of the timeline (named) minus some days, sent at {@code sendAt} in Japan.
 */
public record ReminderSchedule(LocalTime sendAt, Map<String, List<Entry>> schedules) {
    /** @param date the timeline date it counts from (window_opens, expiry, last_counter_day, card_expiry) */
    public record Entry(String kind, String date, int daysBefore) {
    }

    public ReminderSchedule {
        schedules = Map.copyOf(schedules);
    }

    public static ReminderSchedule none() {
        return new ReminderSchedule(LocalTime.of(9, 0), Map.of());
    }

    public List<Entry> schedule(String name) {
        return schedules.getOrDefault(name, List.of());
    }

    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        schedules.values().forEach(entries -> entries.forEach(e -> kinds.add(e.kind())));
        return kinds;
    }
}
