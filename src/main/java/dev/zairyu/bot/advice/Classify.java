package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.engine.ActionContext;
import dev.zairyu.bot.engine.ActionResult;
import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.renewal.RenewalTimeline;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Decides which kind of answer a person needs: an extension of stay, a card-validity renewal
 * (permanent residents, HSP (ii): E1), or the plain "it has already expired" (A6). An expiry on a closed day is not yet expired
 * while the next open day lasts (A5).
 */
final class Classify implements FlowAction {
    /** Cards run at most 7 years (E1) and periods of stay at most 5: a date beyond this is a typo. */
    static final int MAX_YEARS_AHEAD = 8;

    @Override
    public ActionSpec spec() {
        return new ActionSpec(Set.of("extension", "card_validity", "expired", "implausible"), Set.of());
    }

    @Override
    public ActionResult run(ActionContext context) {
        ConversationState state = context.state();
        LocalDate today = context.today();
        LocalDate expiry = Slots.date(state, Slots.EXPIRY);
        String outcome;
        if (expiry == null || expiry.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            outcome = "implausible";
        } else if (Slots.status(state, Slots.STATUS).renewsCardValidityOnly()) {
            outcome = "card_validity";
        } else if (RenewalTimeline.extension(expiry, Slots.period(state), today).expired()) {
            outcome = "expired";
        } else {
            outcome = "extension";
        }
        return new ActionResult(outcome, Map.of("maxYears", MAX_YEARS_AHEAD), Set.of());
    }
}
