package dev.zairyu.bot.renewal;

import static dev.zairyu.bot.renewal.PeriodOfStay.DAYS_15;
import static dev.zairyu.bot.renewal.PeriodOfStay.DAYS_30;
import static dev.zairyu.bot.renewal.PeriodOfStay.DAYS_90;
import static dev.zairyu.bot.renewal.PeriodOfStay.MONTHS_3;
import static dev.zairyu.bot.renewal.PeriodOfStay.MONTHS_4;
import static dev.zairyu.bot.renewal.PeriodOfStay.YEARS_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Extension of period of stay: FACTS A1, A3, A5, A6, A7, B3 and the worked examples. */
class ExtensionTimelineTest {

    /** "Today" in FACTS.md's worked examples; a Tuesday, the day after Labor Thanksgiving Day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // The worked examples in FACTS.md (today = 2026-11-24).

    @Test
    void oneYearStayExpiring31MarchOpensInTheYearEndClosureSoTheCounterOpensOn4January() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-31"), YEARS_1, TODAY);

        assertThat(t.phase()).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(t.canApplyNow()).isFalse();
        assertThat(t.windowOpens()).isEqualTo(d("2026-12-31"));
        assertThat(t.windowOpensInClosure()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(d("2027-01-04"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-03-31"));
        assertThat(t.lastOnlineDay()).isEqualTo(d("2027-03-30"));
        assertThat(t.expiryOnClosedDay()).isFalse();
        assertThat(t.specialPeriodApplies()).isTrue();
        assertThat(t.specialPeriodEnds()).isEqualTo(d("2027-05-31"));
        assertThat(t.daysLeft()).isEqualTo(127);
    }

    @Test
    void studentExpiring15JanuaryCanApplyTodayAtAnOpenCounter() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-01-15"), YEARS_1, TODAY);

        assertThat(t.phase()).isEqualTo(Phase.OPEN);
        assertThat(t.canApplyNow()).isTrue();
        assertThat(t.windowOpens()).isEqualTo(d("2026-10-15"));
        assertThat(t.windowOpensInClosure()).isFalse();
        assertThat(t.counterOpens()).isEqualTo(TODAY);
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-01-15"));
        assertThat(t.lastOnlineDay()).isEqualTo(d("2027-01-14"));
    }

    @Test
    void applicationFiledBeforeExpiryIsLawfulUntilTheEndOfTheDayTwoMonthsAfterExpiry() {
        assertThat(RenewalTimeline.specialPeriodEnd(d("2027-03-31"))).isEqualTo(d("2027-05-31"));

        // The next day the stay has expired; the special period is still reported because a
        // person who applied on 2027-03-20 is now living inside it.
        ExtensionTimeline dayAfter = RenewalTimeline.extension(d("2027-03-31"), YEARS_1, d("2027-04-01"));
        assertThat(dayAfter.expired()).isTrue();
        assertThat(dayAfter.specialPeriodEnds()).isEqualTo(d("2027-05-31"));
    }

    @Test
    void expiryAlreadyPastIsNotAnExtensionAndHasNoWindowOrLastDays() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2026-11-01"), YEARS_1, TODAY);

        assertThat(t.phase()).isEqualTo(Phase.EXPIRED);
        assertThat(t.expired()).isTrue();
        assertThat(t.canApplyNow()).isFalse();
        assertThat(t.windowOpens()).isNull();
        assertThat(t.counterOpens()).isNull();
        assertThat(t.windowOpensInClosure()).isFalse();
        assertThat(t.lastCounterDay()).isNull();
        assertThat(t.lastOnlineDay()).isNull();
        assertThat(t.daysLeft()).isEqualTo(-23);
    }

    @ParameterizedTest(name = "expiry {0} → window {1}")
    @CsvSource({
        "2027-03-31, 2026-12-31",
        "2027-05-31, 2027-02-28",   // no 31 February: java.time clamps to the month's end
        "2028-05-31, 2028-02-29",   // leap year
        "2027-05-29, 2027-02-28",
        "2027-05-28, 2027-02-28",
        "2027-11-30, 2027-08-30",
        "2027-12-31, 2027-09-30",
        "2028-01-15, 2027-10-15",   // across the year boundary
    })
    void windowOpensThreeCalendarMonthsBeforeExpiry(LocalDate expiry, LocalDate window) {
        LocalDate farBefore = expiry.minusYears(1);
        assertThat(RenewalTimeline.extension(expiry, YEARS_1, farBefore).windowOpens()).isEqualTo(window);
    }

    @ParameterizedTest(name = "{0}: window {1} is closed, counter from {2}")
    @CsvSource({
        "2027-07-29, 2027-04-29, 2027-04-30",   // Showa Day
        "2027-08-03, 2027-05-03, 2027-05-06",   // Golden Week
        "2027-06-22, 2027-03-22, 2027-03-23",   // substitute holiday
        "2027-09-20, 2027-06-20, 2027-06-21",   // Sunday
        "2027-09-19, 2027-06-19, 2027-06-21",   // Saturday
        "2027-04-02, 2027-01-02, 2027-01-04",   // year-end closure
        "2026-12-22, 2026-09-22, 2026-09-24",   // citizens' holiday in Silver Week
    })
    void windowOpeningOnAClosedDayNamesTheDayTheCounterOpens(LocalDate expiry, LocalDate window, LocalDate counter) {
        ExtensionTimeline t = RenewalTimeline.extension(expiry, YEARS_1, expiry.minusMonths(6));

        assertThat(t.windowOpens()).isEqualTo(window);
        assertThat(t.windowOpensInClosure()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(counter);
    }

    @Test
    void onceTheWindowIsOpenTheCounterOpensOnTheNextOpenDayFromToday() {
        // Window opened 2026-12-31 (closed); today is 2027-01-02, still in the closure.
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-31"), YEARS_1, d("2027-01-02"));

        assertThat(t.phase()).isEqualTo(Phase.OPEN);
        assertThat(t.windowOpensInClosure()).isFalse();
        assertThat(t.counterOpens()).isEqualTo(d("2027-01-04"));
    }

    @Test
    void windowOpensOnItsFirstDayAndNotTheDayBefore() {
        LocalDate expiry = d("2027-03-31");
        assertThat(RenewalTimeline.extension(expiry, YEARS_1, d("2026-12-30")).phase()).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(RenewalTimeline.extension(expiry, YEARS_1, d("2026-12-31")).phase()).isEqualTo(Phase.OPEN);
    }

    @ParameterizedTest(name = "{1} expiring {0}: window about {2}, special period {3}")
    @CsvSource({
        "2027-03-31, DAYS_90,  2027-02-14, true",    // 90 days from 2026-12-31, halfway is 45
        "2027-03-31, DAYS_30,  2027-03-16, false",   // 30 days from 2027-03-01
        "2027-03-31, DAYS_15,  2027-03-23, false",   // 15 days from 2027-03-16, halfway rounds down to 7
        "2027-03-31, MONTHS_3, 2027-02-14, true",    // 3 months from 2026-12-31
        "2027-05-31, MONTHS_3, 2027-04-15, true",    // 3 months from 2027-02-28: 92 days, halfway 46
    })
    void shortStaysOpenHalfwayThroughThePeriod(
            LocalDate expiry, PeriodOfStay period, LocalDate window, boolean specialPeriod) {
        ExtensionTimeline t = RenewalTimeline.extension(expiry, period, expiry.minusDays(60));

        assertThat(t.windowRule()).isEqualTo(PeriodOfStay.Rule.HALF_PERIOD);
        assertThat(t.windowOpens()).isEqualTo(window);
        assertThat(t.specialPeriodApplies()).isEqualTo(specialPeriod);
        assertThat(t.specialPeriodEnds()).isEqualTo(specialPeriod ? expiry.plusMonths(2) : null);
    }

    @Test
    void ninetyDayStayWindowOnASundayOpensTheCounterOnMonday() {
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-03-31"), DAYS_90, d("2027-01-20"));

        assertThat(t.phase()).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(t.windowOpensInClosure()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(d("2027-02-15"));
    }

    @Test
    void fifteenDayStayIsOpenOnceHalfThePeriodHasPassed() {
        LocalDate expiry = d("2027-03-31");
        assertThat(RenewalTimeline.extension(expiry, DAYS_15, d("2027-03-22")).phase()).isEqualTo(Phase.NOT_YET_OPEN);
        ExtensionTimeline open = RenewalTimeline.extension(expiry, DAYS_15, d("2027-03-23"));
        assertThat(open.phase()).isEqualTo(Phase.OPEN);
        assertThat(open.counterOpens()).isEqualTo(d("2027-03-23"));
        assertThat(open.specialPeriodEnds()).isNull();
    }

    @Test
    void fourMonthStayHasNoFixedWindowSoTheAnswerIsBeforeExpiryAndAskTheBureau() {
        // 2026-11-28 is a Saturday: the counter opens Monday.
        ExtensionTimeline t = RenewalTimeline.extension(d("2027-01-29"), MONTHS_4, d("2026-11-28"));

        assertThat(t.phase()).isEqualTo(Phase.NO_FIXED_RULE);
        assertThat(t.canApplyNow()).isTrue();
        assertThat(t.windowOpens()).isNull();
        assertThat(t.windowOpensInClosure()).isFalse();
        assertThat(t.counterOpens()).isEqualTo(d("2026-11-30"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-01-29"));
        assertThat(t.lastOnlineDay()).isEqualTo(d("2027-01-28"));
        assertThat(t.specialPeriodEnds()).isEqualTo(d("2027-03-29"));
    }

    @Test
    void fourMonthStayOnItsExpiryDateIsTheLastDayAndAfterItExpired() {
        assertThat(RenewalTimeline.extension(d("2027-01-29"), MONTHS_4, d("2027-01-29")).phase())
                .isEqualTo(Phase.LAST_DAY);
        assertThat(RenewalTimeline.extension(d("2027-01-29"), MONTHS_4, d("2027-01-30")).phase())
                .isEqualTo(Phase.EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(value = PeriodOfStay.class, names = {"YEARS_5", "YEARS_3", "YEARS_1", "MONTHS_6", "UNKNOWN"})
    void periodsOfSixMonthsOrMoreAndUnknownUseTheThreeMonthRule(PeriodOfStay period) {
        assertThat(RenewalTimeline.extension(d("2027-03-31"), period, TODAY).windowOpens()).isEqualTo(d("2026-12-31"));
    }

    @Test
    void missingArgumentsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> RenewalTimeline.extension(null, YEARS_1, TODAY));
        assertThatNullPointerException().isThrownBy(() -> RenewalTimeline.extension(TODAY, null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> RenewalTimeline.extension(TODAY, YEARS_1, null));
    }
}
