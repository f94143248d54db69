package dev.zairyu.bot.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** Writes a calendar date in a language's own form with ICU, independent of the machine's time zone. */
final class DateFormats {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private DateFormats() {
    }

    /** @param pattern an ICU date pattern from the catalog, or null for the locale's date with weekday */
    static DateFormat create(ULocale locale, String pattern) {
        DateFormat format = pattern == null
                ? DateFormat.getInstanceForSkeleton("yMMMdEEE", locale)
                : new SimpleDateFormat(pattern, locale);
        format.setTimeZone(UTC);
        return format;
    }

    /** Not thread-safe: the caller holds {@code format}'s lock. */
    static String format(DateFormat format, LocalDate date) {
        return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
}
