package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.ReminderCommand;
import dev.zairyu.bot.flow.ReminderSchedule;
import dev.zairyu.bot.renewal.CardValidityTimeline;
import dev.zairyu.bot.renewal.ExtensionTimeline;
import dev.zairyu.bot.renewal.RenewalTimeline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's reminders from their answers and the schedule in {@code reminders.yaml}: each entry is a
 * date of their timeline minus some days, sent at the schedule's hour in Japan. Dates already past are
 * left out; one that is today still goes out today.
 */
final class ReminderPlanner {
    static final String EXTENSION = "extension";
    static final String CARD_VALIDITY = "card_validity";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private ReminderPlanner() {
    }

    /** A planned reminder with the date it is for. */
    record Item(String kind, LocalDate date, ReminderCommand.Planned planned) {
    }

    /** Empty when the dates are missing or the stay (or card) has already run out. */
    static List<Item> plan(ConversationState state, LocalDate today, ReminderSchedule schedule) {
        Map<String, LocalDate> dates = timelineDates(state, today);
        if (dates.isEmpty()) {
            return List.of();
        }
        String which = Slots.status(state, Slots.STATUS).renewsCardValidityOnly() ? CARD_VALIDITY : EXTENSION;
        List<Item> items = new ArrayList<>();
        for (ReminderSchedule.Entry entry : schedule.schedule(which)) {
            LocalDate base = dates.get(entry.date());
            if (base == null) {
                continue;
            }
            LocalDate date = base.minusDays(entry.daysBefore());
            if (date.isBefore(today)) {
                continue;
            }
            ZonedDateTime due = date.atTime(schedule.sendAt()).atZone(JAPAN);
            items.add(new Item(entry.kind(), date, new ReminderCommand.Planned(entry.kind(), due.toInstant())));
        }
        return items;
    }

    /** The named dates of the person's timeline, as {@code reminders.yaml} refers to them. */
    static Map<String, LocalDate> timelineDates(ConversationState state, LocalDate today) {
        LocalDate expiry = Slots.date(state, Slots.EXPIRY);
        Map<String, LocalDate> dates = new HashMap<>();
        if (expiry == null) {
            return dates;
        }
        if (Slots.status(state, Slots.STATUS).renewsCardValidityOnly()) {
            CardValidityTimeline t = RenewalTimeline.cardValidity(expiry, today);
            if (t.expired()) {
                return dates;
            }
            put(dates, "window_opens", t.windowOpens());
            put(dates, "card_expiry", t.cardExpiry());
            put(dates, "last_counter_day", t.lastCounterDay());
        } else {
            ExtensionTimeline t = RenewalTimeline.extension(expiry, Slots.period(state), today);
            if (t.expired()) {
                return dates;
            }
            put(dates, "window_opens", t.windowOpens());
            put(dates, "expiry", t.expiry());
            put(dates, "last_counter_day", t.lastCounterDay());
            put(dates, "last_online_day", t.lastOnlineDay());
        }
        return dates;
    }

    private static void put(Map<String, LocalDate> dates, String name, LocalDate date) {
        if (date != null) {
            dates.put(name, date);
        }
    }
}
