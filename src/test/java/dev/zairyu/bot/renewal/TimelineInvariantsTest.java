package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks: every expiry date in 2025–2030, every period of stay, seen from a spread
 * of "today"s around the window and the deadline.
 */
class TimelineInvariantsTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2030, 12, 31);
    private static final int[] DAYS_BEFORE_EXPIRY = {400, 200, 93, 92, 91, 90, 89, 60, 46, 45, 31, 8, 7, 2, 1, 0, -1, -2, -3, -5, -7};

    private static Stream<LocalDate> everyDay() {
        return FIRST.datesUntil(LAST.plusDays(1));
    }

    @Test
    void extensionTimelinesAreConsistentForEveryExpiryDayPeriodAndToday() {
        SoftAssertions softly = new SoftAssertions();
        everyDay().forEach(expiry -> {
            for (PeriodOfStay period : PeriodOfStay.values()) {
                for (int before : DAYS_BEFORE_EXPIRY) {
                    LocalDate today = expiry.minusDays(before);
                    checkExtension(softly, RenewalTimeline.extension(expiry, period, today), today);
                }
            }
        });
        softly.assertAll();
    }

    @Test
    void everyTodayIn2025To2030GivesAConsistentTimelineForTheWorkedExampleExpiry() {
        SoftAssertions softly = new SoftAssertions();
        everyDay().forEach(today -> {
            for (PeriodOfStay period : PeriodOfStay.values()) {
                checkExtension(softly, RenewalTimeline.extension(LocalDate.of(2027, 3, 31), period, today), today);
            }
        });
        softly.assertAll();
    }

    @Test
    void cardTimelinesAreConsistentForEveryExpiryDayAndToday() {
        SoftAssertions softly = new SoftAssertions();
        everyDay().forEach(expiry -> {
            for (int before : DAYS_BEFORE_EXPIRY) {
                LocalDate today = expiry.minusDays(before);
                List<CardValidityTimeline> timelines = new ArrayList<>();
                timelines.add(RenewalTimeline.cardValidity(expiry, today));
                timelines.add(RenewalTimeline.under16(expiry, today));
                for (CardValidityTimeline t : timelines) {
                    checkCard(softly, t, today);
                }
            }
        });
        softly.assertAll();
    }

    private static void checkExtension(SoftAssertions softly, ExtensionTimeline t, LocalDate today) {
        String where = t.expiry() + " " + t.period() + " seen on " + today;
        LocalDate expiry = t.expiry();
        LocalDate firstOpenAfterExpiry = BureauCalendar.firstOpenDayOnOrAfter(expiry);

        softly.assertThat(t.daysLeft()).as(where).isEqualTo(expiry.toEpochDay() - today.toEpochDay());
        softly.assertThat(t.expired()).as(where).isEqualTo(today.isAfter(firstOpenAfterExpiry));
        softly.assertThat(t.phase() == Phase.LAST_DAY).as(where)
                .isEqualTo(!today.isBefore(expiry) && !today.isAfter(firstOpenAfterExpiry));
        softly.assertThat(t.expiryOnClosedDay()).as(where).isEqualTo(!BureauCalendar.isOpen(expiry));
        softly.assertThat(t.specialPeriodEnds()).as(where)
                .isEqualTo(t.period().specialPeriodApplies() ? expiry.plusMonths(2) : null);

        if (t.expired()) {
            softly.assertThat(t.windowOpens()).as(where).isNull();
            softly.assertThat(t.counterOpens()).as(where).isNull();
            softly.assertThat(t.lastCounterDay()).as(where).isNull();
            softly.assertThat(t.lastOnlineDay()).as(where).isNull();
            softly.assertThat(t.canApplyNow()).as(where).isFalse();
            return;
        }
        softly.assertThat(t.lastCounterDay()).as(where).isEqualTo(firstOpenAfterExpiry);
        softly.assertThat(BureauCalendar.isOpen(t.lastCounterDay())).as(where).isTrue();
        softly.assertThat(t.lastCounterDay()).as(where).isAfterOrEqualTo(expiry);
        // The longest closure is nine days: 29 Dec – 3 Jan plus a weekend that, when 28 December
        // is a Saturday or Sunday, sits on one side and repeats a week later on the other.
        softly.assertThat(t.lastCounterDay()).as(where).isBeforeOrEqualTo(expiry.plusDays(9));

        softly.assertThat(t.counterOpens()).as(where).isNotNull();
        softly.assertThat(BureauCalendar.isOpen(t.counterOpens())).as(where).isTrue();
        softly.assertThat(t.counterOpens()).as(where).isAfterOrEqualTo(today).isBeforeOrEqualTo(t.lastCounterDay());

        if (t.lastOnlineDay() != null) {
            softly.assertThat(t.lastOnlineDay()).as(where).isEqualTo(expiry.minusDays(1)).isAfterOrEqualTo(today);
        } else {
            softly.assertThat(expiry.minusDays(1)).as(where).isBefore(today);
        }

        if (t.windowOpens() == null) {
            softly.assertThat(t.period().windowRule()).as(where).isEqualTo(PeriodOfStay.Rule.NO_FIXED_RULE);
            softly.assertThat(t.windowOpensInClosure()).as(where).isFalse();
            softly.assertThat(t.phase()).as(where).isIn(Phase.NO_FIXED_RULE, Phase.LAST_DAY);
            softly.assertThat(t.counterOpens()).as(where).isEqualTo(BureauCalendar.firstOpenDayOnOrAfter(today));
            return;
        }
        softly.assertThat(t.period().windowRule()).as(where).isNotEqualTo(PeriodOfStay.Rule.NO_FIXED_RULE);
        softly.assertThat(t.windowOpens()).as(where).isBefore(expiry);
        softly.assertThat(t.counterOpens()).as(where).isAfterOrEqualTo(t.windowOpens());
        softly.assertThat(t.windowOpensInClosure()).as(where)
                .isEqualTo(t.windowOpens().isAfter(today) && !BureauCalendar.isOpen(t.windowOpens()));
        if (t.windowOpensInClosure()) {
            softly.assertThat(t.counterOpens()).as(where).isAfter(t.windowOpens());
        }
        if (t.phase() == Phase.NOT_YET_OPEN) {
            softly.assertThat(today).as(where).isBefore(t.windowOpens());
            softly.assertThat(t.counterOpens()).as(where)
                    .isEqualTo(BureauCalendar.firstOpenDayOnOrAfter(t.windowOpens()));
        } else if (t.phase() == Phase.OPEN) {
            softly.assertThat(today).as(where).isAfterOrEqualTo(t.windowOpens()).isBefore(expiry);
            softly.assertThat(t.counterOpens()).as(where).isEqualTo(BureauCalendar.firstOpenDayOnOrAfter(today));
        }
        switch (t.period().windowRule()) {
            case THREE_MONTHS_BEFORE -> {
                softly.assertThat(t.windowOpens()).as(where).isEqualTo(expiry.minusMonths(3));
                softly.assertThat(expiry.toEpochDay() - t.windowOpens().toEpochDay()).as(where).isBetween(89L, 92L);
            }
            case HALF_PERIOD -> {
                LocalDate start = expiry.minus(t.period().length().orElseThrow());
                long before = t.windowOpens().toEpochDay() - start.toEpochDay();
                long after = expiry.toEpochDay() - t.windowOpens().toEpochDay();
                softly.assertThat(after - before).as(where).isBetween(0L, 1L);
            }
            case NO_FIXED_RULE -> softly.fail("window for a period with no rule: " + where);
        }
    }

    private static void checkCard(SoftAssertions softly, CardValidityTimeline t, LocalDate today) {
        String where = t.kind() + " " + t.cardExpiry() + " seen on " + today;
        LocalDate firstOpenAfterExpiry = BureauCalendar.firstOpenDayOnOrAfter(t.cardExpiry());
        softly.assertThat(t.phase()).as(where).isNotEqualTo(Phase.NO_FIXED_RULE);
        softly.assertThat(t.daysLeft()).as(where).isEqualTo(t.cardExpiry().toEpochDay() - today.toEpochDay());
        softly.assertThat(t.expired()).as(where).isEqualTo(today.isAfter(firstOpenAfterExpiry));
        if (t.expired()) {
            softly.assertThat(t.windowOpens()).as(where).isNull();
            softly.assertThat(t.counterOpens()).as(where).isNull();
            softly.assertThat(t.lastCounterDay()).as(where).isNull();
            return;
        }
        LocalDate expectedWindow = t.kind() == CardValidityTimeline.Kind.UNDER_16
                ? t.cardExpiry().plusDays(1).minusMonths(6)
                : t.cardExpiry().minusMonths(2);
        softly.assertThat(t.windowOpens()).as(where).isEqualTo(expectedWindow).isBefore(t.cardExpiry());
        softly.assertThat(t.lastCounterDay()).as(where).isEqualTo(firstOpenAfterExpiry);
        softly.assertThat(BureauCalendar.isOpen(t.counterOpens())).as(where).isTrue();
        softly.assertThat(t.counterOpens()).as(where)
                .isAfterOrEqualTo(today).isAfterOrEqualTo(t.windowOpens()).isBeforeOrEqualTo(t.lastCounterDay());
        softly.assertThat(t.canApplyNow()).as(where).isEqualTo(!today.isBefore(t.windowOpens()));
    }

    @Test
    void theWorkedExampleTableCoversEveryPhase() {
        List<Phase> seen = new ArrayList<>();
        for (int before : DAYS_BEFORE_EXPIRY) {
            for (PeriodOfStay period : PeriodOfStay.values()) {
                seen.add(RenewalTimeline.extension(LocalDate.of(2027, 6, 20), period,
                        LocalDate.of(2027, 6, 20).minusDays(before)).phase());
            }
        }
        assertThat(seen).contains(Phase.values());
    }
}
