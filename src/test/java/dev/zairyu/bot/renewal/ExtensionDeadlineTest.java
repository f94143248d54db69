package dev.zairyu.bot.renewal;

import static dev.zairyu.bot.renewal.PeriodOfStay.YEARS_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The end of an extension window: the last counter day when the expiry date is closed (A5), the
 * last online day (B3), and where "last day" turns into "expired" (A6).
 */
class ExtensionDeadlineTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "expiry {0} (closed) → last counter day {1}")
    @CsvSource({
        "2027-06-20, 2027-06-21",   // Sunday
        "2027-06-19, 2027-06-21",   // Saturday
        "2027-01-01, 2027-01-04",   // New Year
        "2026-12-29, 2027-01-04",   // first day of the year-end closure
        "2027-01-09, 2027-01-12",   // Saturday before Coming of Age Day
        "2027-05-01, 2027-05-06",   // Golden Week
        "2027-03-21, 2027-03-23",   // equinox on Sunday and its substitute
    })
    void expiryOnAClosedDayLeavesTheNextOpenDayStillOnTime(LocalDate expiry, LocalDate lastCounterDay) {
        ExtensionTimeline t = RenewalTimeline.extension(expiry, YEARS_1, expiry.minusMonths(1));

        assertThat(t.expiry()).isEqualTo(expiry);
        assertThat(t.expiryOnClosedDay()).isTrue();
        assertThat(t.lastCounterDay()).isEqualTo(lastCounterDay);
        assertThat(t.lastOnlineDay()).isEqualTo(expiry.minusDays(1));
    }

    @Test
    void onTheExpiryDateItselfOnlyTheCounterIsLeftAndItIsToday() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-31"), YEARS_1, d("2027-03-31"));

        assertThat(t.phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(t.canApplyNow()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(d("2027-03-31"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-03-31"));
        assertThat(t.lastOnlineDay()).isNull();
        assertThat(t.daysLeft()).isZero();
    }

    @Test
    void onAnExpiryDateThatIsClosedTheCounterIsTheNextOpenDay() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-06-20"), YEARS_1, d("2027-06-20"));

        assertThat(t.phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(t.counterOpens()).isEqualTo(d("2027-06-21"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-06-21"));
        assertThat(t.lastOnlineDay()).isNull();
    }

    @Test
    void theDayBeforeExpiryIsTheLastOnlineDay() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-31"), YEARS_1, d("2027-03-30"));

        assertThat(t.phase()).isEqualTo(Phase.OPEN);
        assertThat(t.lastOnlineDay()).isEqualTo(d("2027-03-30"));
        assertThat(t.daysLeft()).isEqualTo(1);
    }

    @Test
    void theDayAfterAnExpiryDateOnWhichTheCounterWasOpenIsExpired() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-30"), YEARS_1, d("2027-03-31"));

        assertThat(t.phase()).isEqualTo(Phase.EXPIRED);
        assertThat(t.expired()).isTrue();
        assertThat(t.daysLeft()).isEqualTo(-1);
        assertThat(t.lastCounterDay()).isNull();
        assertThat(t.counterOpens()).isNull();
    }

    @Test
    void theOpenDayAfterAClosedExpiryDateIsStillTheLastDayNotAnOverstay() {
        // Expiry on Sunday 2027-06-20: filing on Monday is on time (A5).
        ExtensionTimeline monday = RenewalTimeline.extension(d("2027-06-20"), YEARS_1, d("2027-06-21"));

        assertThat(monday.phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(monday.expired()).isFalse();
        assertThat(monday.canApplyNow()).isTrue();
        assertThat(monday.counterOpens()).isEqualTo(d("2027-06-21"));
        assertThat(monday.lastCounterDay()).isEqualTo(d("2027-06-21"));
        assertThat(monday.lastOnlineDay()).isNull();
        assertThat(monday.daysLeft()).isEqualTo(-1);
        assertThat(monday.specialPeriodEnds()).isEqualTo(d("2027-08-20"));

        assertThat(RenewalTimeline.extension(d("2027-06-20"), YEARS_1, d("2027-06-22")).phase())
                .isEqualTo(Phase.EXPIRED);
    }

    @Test
    void duringTheNewYearClosureAfterA1JanuaryExpiryTheCounterOn4JanuaryIsStillOnTime() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-01-01"), YEARS_1, d("2027-01-02"));

        assertThat(t.phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(t.counterOpens()).isEqualTo(d("2027-01-04"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-01-04"));
    }
}
