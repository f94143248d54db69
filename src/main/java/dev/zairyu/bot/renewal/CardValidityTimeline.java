package dev.zairyu.bot.renewal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates that matter for renewing the residence card itself, not the period of stay (FACTS E).
 * Built by {@link RenewalTimeline#cardValidity} and {@link RenewalTimeline#under16}. The phase is
 * never {@link Phase#NO_FIXED_RULE}.
 *
 * @param cardExpiry           the validity date printed on the card
 * @param phase                where today stands
 * @param windowOpens          the first day the renewal is accepted; null when expired
 * @param counterOpens         the first open counter day inside the window from today; null when
 *                             expired
 * @param windowOpensInClosure the window opens after today on a day the counter is closed
 * @param lastCounterDay       the card expiry, or the next open day when it falls on a closed day;
 *                             null when expired
 * @param expiryOnClosedDay    the card expiry falls on a day the counter is closed
 * @param daysLeft             days from today to the card expiry; negative once expired
 * @param kind                 which of the two card rules produced this timeline
 */
public record CardValidityTimeline(
        LocalDate cardExpiry,
        Phase phase,
        LocalDate windowOpens,
        LocalDate counterOpens,
        boolean windowOpensInClosure,
        LocalDate lastCounterDay,
        boolean expiryOnClosedDay,
        long daysLeft,
        Kind kind) {

    public enum Kind {
        /** Permanent residents and HSP (ii) aged 16 and over: 2 months before, free, counter only (E1). */
        CARD_VALIDITY_16_PLUS,
        /** A child's card ends the day before the 16th birthday; 6 months before, filed by a relative (E2). */
        UNDER_16
    }

    public CardValidityTimeline {
        Objects.requireNonNull(cardExpiry, "cardExpiry");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean canApplyNow() {
        return phase == Phase.OPEN || phase == Phase.LAST_DAY;
    }

    public boolean expired() {
        return phase == Phase.EXPIRED;
    }
}
