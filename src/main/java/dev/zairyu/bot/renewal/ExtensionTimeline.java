package dev.zairyu.bot.renewal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates that matter for one extension of period of stay, as seen from one day. Built by
 * {@link RenewalTimeline#extension}; dates are null only where stated.
 *
 * @param expiry               the expiry date of the period of stay; never moves (A5)
 * @param period               the period of stay the window was computed from
 * @param phase                where today stands
 * @param windowOpens          the first day an application is accepted (A1, A3); "about" for the
 *                             half-period rule; null for {@link Phase#NO_FIXED_RULE} and
 *                             {@link Phase#EXPIRED}
 * @param counterOpens         the first day from today on which the counter is open and the
 *                             window is open; null when expired
 * @param windowOpensInClosure the window opens after today on a day the counter is closed, so
 *                             the message must name {@code counterOpens} as well (A5)
 * @param lastCounterDay       the last on-time day at the counter: the expiry date, or the next
 *                             open day when it falls on a closed day (A5); null when expired.
 *                             Until this day has passed the phase is not EXPIRED
 * @param lastOnlineDay        the day before expiry, the online system's last day (B3); null when
 *                             that day has passed
 * @param expiryOnClosedDay    the expiry date falls on a day the counter is closed
 * @param specialPeriodApplies an on-time application keeps the person lawful past expiry (A7)
 * @param specialPeriodEnds    the last day of the special period, if it applies; kept even when
 *                             expired, since a person who applied in time is then inside it
 * @param daysLeft             days from today to the expiry date; negative once expired
 */
public record ExtensionTimeline(
        LocalDate expiry,
        PeriodOfStay period,
        Phase phase,
        LocalDate windowOpens,
        LocalDate counterOpens,
        boolean windowOpensInClosure,
        LocalDate lastCounterDay,
        LocalDate lastOnlineDay,
        boolean expiryOnClosedDay,
        boolean specialPeriodApplies,
        LocalDate specialPeriodEnds,
        long daysLeft) {

    public ExtensionTimeline {
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(phase, "phase");
    }

    /** An application filed today would be on time (possibly at the next open counter day). */
    public boolean canApplyNow() {
        return phase == Phase.OPEN || phase == Phase.LAST_DAY || phase == Phase.NO_FIXED_RULE;
    }

    public boolean expired() {
        return phase == Phase.EXPIRED;
    }

    /** Shortcut for the message layer, which words each rule differently. */
    public PeriodOfStay.Rule windowRule() {
        return period.windowRule();
    }
}
