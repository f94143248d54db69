package dev.zairyu.bot.renewal;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/** The period of stay printed on the residence card, as far as the renewal rules care. */
public enum PeriodOfStay {
    YEARS_5("5y", Period.ofYears(5)),
    YEARS_3("3y", Period.ofYears(3)),
    YEARS_1("1y", Period.ofYears(1)),
    MONTHS_6("6m", Period.ofMonths(6)),
    MONTHS_4("4m", Period.ofMonths(4)),
    MONTHS_3("3m", Period.ofMonths(3)),
    DAYS_90("90d", Period.ofDays(90)),
    DAYS_30("30d", Period.ofDays(30)),
    DAYS_15("15d", Period.ofDays(15)),
    /**
     * The person does not know. Treated as 6 months or more because nearly every period granted
     * on renewal is; the message layer says the window may differ for short stays.
     */
    UNKNOWN("unknown", null);

    /** How the application window is found (FACTS A1, A3). */
    public enum Rule {
        /** 6 months or more: from the expiry date minus 3 calendar months (A1). */
        THREE_MONTHS_BEFORE,
        /** More than 3 and less than 6 months: no published rule, "before expiry; ask the bureau" (A3). */
        NO_FIXED_RULE,
        /** 3 months or less: once about half the period has passed (A3). */
        HALF_PERIOD
    }

    private final String code;
    private final Period length;

    PeriodOfStay(String code, Period length) {
        this.code = code;
        this.length = length;
    }

    /** The stable lower-case code used in conversation flows and storage. */
    public String code() {
        return code;
    }

    /** The length of the stay; empty for {@link #UNKNOWN}. */
    public Optional<Period> length() {
        return Optional.ofNullable(length);
    }

    public Rule windowRule() {
        return switch (this) {
            case YEARS_5, YEARS_3, YEARS_1, MONTHS_6, UNKNOWN -> Rule.THREE_MONTHS_BEFORE;
            case MONTHS_4 -> Rule.NO_FIXED_RULE;
            case MONTHS_3, DAYS_90, DAYS_30, DAYS_15 -> Rule.HALF_PERIOD;
        };
    }

    /** The special period (A7) covers every period of stay except those of 30 days or less. */
    public boolean specialPeriodApplies() {
        return this != DAYS_30 && this != DAYS_15;
    }

    /** Looks a code up, ignoring case and surrounding blanks because codes also arrive typed. */
    public static Optional<PeriodOfStay> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (PeriodOfStay period : values()) {
            if (period.code.equals(wanted)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
