package dev.zairyu.bot.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The hours pushes may go out (by default 09:00 to 20:00 in Japan): nobody wants their phone to buzz
 * about immigration at night. A reminder due at night waits for the morning.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(9, 0), LocalTime.of(20, 0), ZoneId.of("Asia/Tokyo"));

    public QuietHours {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("the start of the sending hours must be before their end");
        }
    }

    /** Reads {@code HH:MM-HH:MM}; throws {@link IllegalArgumentException} with a reason otherwise. */
    public static QuietHours parse(String text, ZoneId zone) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:MM-HH:MM");
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected HH:MM-HH:MM");
        }
    }

    public boolean allows(Instant instant) {
        LocalTime time = instant.atZone(zone).toLocalTime();
        return !time.isBefore(from) && time.isBefore(until);
    }

    /** {@code instant} if pushes may go out then, else the next moment they may. */
    public Instant nextAllowed(Instant instant) {
        if (allows(instant)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime morning = local.toLocalDate().atTime(from).atZone(zone);
        return (local.toLocalTime().isBefore(from) ? morning : morning.plusDays(1)).toInstant();
    }

    @Override
    public String toString() {
        return from + "-" + until;
    }
}
