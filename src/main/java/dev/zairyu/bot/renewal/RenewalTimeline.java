package dev.zairyu.bot.renewal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Computes renewal timelines from an expiry date and today (FACTS A1, A3, A5–A7, B3, E1, E2).
 * Today is always an argument: the caller owns the clock.
 */
public final class RenewalTimeline {

    /** What renews a child's card as the 16th birthday approaches (E2). */
    public enum ChildCard {
        /** The card ends before the stay does: renew the card itself before the 16th birthday. */
        RENEW_CARD_BEFORE_16,
        /** The stay ends first: the new card comes with the extension of stay. */
        EXTEND_STAY
    }

    private static final int EXTENSION_MONTHS_BEFORE = 3;
    private static final int CARD_MONTHS_BEFORE = 2;
    private static final int UNDER_16_MONTHS_BEFORE_BIRTHDAY = 6;
    private static final int SPECIAL_PERIOD_MONTHS = 2;

    private RenewalTimeline() {
    }

    /**
     * The extension-of-stay timeline for a period of stay ending on {@code expiry}.
     *
     * @throws IllegalArgumentException when a day the rules must look at lies outside the years
     *                                  {@link JapaneseHolidays} supports
     */
    public static ExtensionTimeline extension(LocalDate expiry, PeriodOfStay period, LocalDate today) {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(today, "today");
        LocalDate lastCounterDay = BureauCalendar.firstOpenDayOnOrAfter(expiry);
        boolean expired = today.isAfter(lastCounterDay);
        boolean noFixedRule = period.windowRule() == PeriodOfStay.Rule.NO_FIXED_RULE;
        LocalDate windowOpens = expired || noFixedRule ? null : windowOpens(expiry, period);

        Phase phase = phase(expiry, lastCounterDay, windowOpens, today);
        LocalDate lastOnlineDay = expiry.minusDays(1);
        boolean specialPeriod = period.specialPeriodApplies();
        return new ExtensionTimeline(
                expiry,
                period,
                phase,
                windowOpens,
                expired ? null : counterOpens(windowOpens, today),
                opensInClosure(windowOpens, today),
                expired ? null : lastCounterDay,
                lastOnlineDay.isBefore(today) ? null : lastOnlineDay,
                !BureauCalendar.isOpen(expiry),
                specialPeriod,
                specialPeriod ? specialPeriodEnd(expiry) : null,
                ChronoUnit.DAYS.between(today, expiry));
    }

    /** Card validity renewal for permanent residents and HSP (ii) aged 16 and over (E1). */
    public static CardValidityTimeline cardValidity(LocalDate cardExpiry, LocalDate today) {
        Objects.requireNonNull(cardExpiry, "cardExpiry");
        return cardTimeline(cardExpiry, cardExpiry.minusMonths(CARD_MONTHS_BEFORE), today,
                CardValidityTimeline.Kind.CARD_VALIDITY_16_PLUS);
    }

    /**
     * A child's card, which runs until the day before the 16th birthday; the window is counted
     * from the birthday, not from the card's last day (E2). Use {@link #childCardRule} first for
     * children whose stay may end sooner.
     */
    public static CardValidityTimeline under16(LocalDate sixteenthBirthday, LocalDate today) {
        Objects.requireNonNull(sixteenthBirthday, "sixteenthBirthday");
        return cardTimeline(sixteenthBirthday.minusDays(1),
                sixteenthBirthday.minusMonths(UNDER_16_MONTHS_BEFORE_BIRTHDAY), today,
                CardValidityTimeline.Kind.UNDER_16);
    }

    /**
     * @param stayExpiry the child's period-of-stay expiry, or null for a permanent resident
     */
    public static ChildCard childCardRule(LocalDate sixteenthBirthday, LocalDate stayExpiry) {
        Objects.requireNonNull(sixteenthBirthday, "sixteenthBirthday");
        if (stayExpiry == null) {
            return ChildCard.RENEW_CARD_BEFORE_16;
        }
        LocalDate cardEnds = sixteenthBirthday.minusDays(1);
        return cardEnds.isAfter(stayExpiry) ? ChildCard.EXTEND_STAY : ChildCard.RENEW_CARD_BEFORE_16;
    }

    /**
     * The last lawful day under the special period (A7) for an application filed by
     * {@code originalExpiry}: lawful until the decision or the end of this day, whichever is first.
     */
    public static LocalDate specialPeriodEnd(LocalDate originalExpiry) {
        return originalExpiry.plusMonths(SPECIAL_PERIOD_MONTHS);
    }

    static LocalDate windowOpens(LocalDate expiry, PeriodOfStay period) {
        return switch (period.windowRule()) {
            // minusMonths clamps to the month's last day: 31 May → 28 (or 29) February.
            case THREE_MONTHS_BEFORE -> expiry.minusMonths(EXTENSION_MONTHS_BEFORE);
            case HALF_PERIOD -> halfwayThrough(expiry, period.length().orElseThrow());
            case NO_FIXED_RULE -> throw new IllegalArgumentException(period + " has no window rule");
        };
    }

    // A3 only says "about half"; rounding down never tells someone to wait past the real midpoint.
    private static LocalDate halfwayThrough(LocalDate expiry, Period length) {
        LocalDate start = expiry.minus(length);
        return start.plusDays(ChronoUnit.DAYS.between(start, expiry) / 2);
    }

    private static CardValidityTimeline cardTimeline(
            LocalDate cardExpiry, LocalDate windowOpens, LocalDate today, CardValidityTimeline.Kind kind) {
        Objects.requireNonNull(today, "today");
        LocalDate lastCounterDay = BureauCalendar.firstOpenDayOnOrAfter(cardExpiry);
        boolean expired = today.isAfter(lastCounterDay);
        LocalDate window = expired ? null : windowOpens;
        Phase phase = phase(cardExpiry, lastCounterDay, window, today);
        return new CardValidityTimeline(
                cardExpiry,
                phase,
                window,
                expired ? null : counterOpens(window, today),
                opensInClosure(window, today),
                expired ? null : lastCounterDay,
                !BureauCalendar.isOpen(cardExpiry),
                ChronoUnit.DAYS.between(today, cardExpiry),
                kind);
    }

    /*
     * A5: when the expiry date falls on a closed day, filing on the next open day is on time. So
     * a person between a closed expiry date and that open day is on their last day, not
     * overstaying, and the bot must not tell them they are: A6 starts after lastCounterDay.
     * LAST_DAY also comes before NO_FIXED_RULE, because on that day the answer is "counter, now".
     */
    private static Phase phase(LocalDate expiry, LocalDate lastCounterDay, LocalDate windowOpens, LocalDate today) {
        if (today.isAfter(lastCounterDay)) {
            return Phase.EXPIRED;
        }
        if (!today.isBefore(expiry)) {
            return Phase.LAST_DAY;
        }
        if (windowOpens == null) {
            return Phase.NO_FIXED_RULE;
        }
        return today.isBefore(windowOpens) ? Phase.NOT_YET_OPEN : Phase.OPEN;
    }

    private static LocalDate counterOpens(LocalDate windowOpens, LocalDate today) {
        LocalDate from = windowOpens == null || today.isAfter(windowOpens) ? today : windowOpens;
        return BureauCalendar.firstOpenDayOnOrAfter(from);
    }

    private static boolean opensInClosure(LocalDate windowOpens, LocalDate today) {
        return windowOpens != null && windowOpens.isAfter(today) && !BureauCalendar.isOpen(windowOpens);
    }
}
