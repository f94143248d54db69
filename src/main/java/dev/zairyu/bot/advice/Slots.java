package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.renewal.PeriodOfStay;
import dev.zairyu.bot.renewal.ResidenceStatus;
import java.time.LocalDate;

/** The slot names the renewal flows use, read into the rules' types. One place, so flows and code agree. */
final class Slots {
    static final String STATUS = "status";
    static final String EXPIRY = "expiry";
    static final String PERIOD = "period";
    static final String MY_NUMBER_CARD = "mynumber";
    static final String REGISTERED = "registered";
    static final String CHILD_STATUS = "child_status";
    static final String SIXTEENTH_BIRTHDAY = "birthday16";
    static final String CHILD_EXPIRY = "child_expiry";

    private Slots() {
    }

    static ResidenceStatus status(ConversationState state, String slot) {
        String code = state.slot(slot);
        return code == null ? ResidenceStatus.OTHER : ResidenceStatus.fromCode(code).orElse(ResidenceStatus.OTHER);
    }

    static PeriodOfStay period(ConversationState state) {
        String code = state.slot(PERIOD);
        return code == null ? PeriodOfStay.UNKNOWN : PeriodOfStay.fromCode(code).orElse(PeriodOfStay.UNKNOWN);
    }

    static LocalDate date(ConversationState state, String slot) {
        String value = state.slot(slot);
        return value == null ? null : LocalDate.parse(value);
    }

    static boolean yes(ConversationState state, String slot) {
        return "yes".equals(state.slot(slot));
    }
}
