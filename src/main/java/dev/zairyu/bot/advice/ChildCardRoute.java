package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.engine.ActionContext;
import dev.zairyu.bot.engine.ActionResult;
import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.renewal.RenewalTimeline;
import dev.zairyu.bot.renewal.ResidenceStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** E2: a child's card ends at the earlier of the eve of the 16th birthday and the end of the stay. */
final class ChildCardRoute implements FlowAction {
    @Override
    public ActionSpec spec() {
        return new ActionSpec(Set.of("renew_card", "extend_stay", "needs_stay_expiry"), Set.of());
    }

    @Override
    public ActionResult run(ActionContext context) {
        ConversationState state = context.state();
        LocalDate today = context.today();
        boolean permanent = Slots.status(state, Slots.CHILD_STATUS) == ResidenceStatus.PERMANENT_RESIDENT;
        LocalDate birthday = Slots.date(state, Slots.SIXTEENTH_BIRTHDAY);
        LocalDate stayExpiry = Slots.date(state, Slots.CHILD_EXPIRY);
        if (!permanent && stayExpiry == null) {
            return new ActionResult("needs_stay_expiry", Map.of(), Set.of());
        }
        RenewalTimeline.ChildCard rule = RenewalTimeline.childCardRule(birthday, permanent ? null : stayExpiry);
        return new ActionResult(rule == RenewalTimeline.ChildCard.EXTEND_STAY ? "extend_stay" : "renew_card",
                Map.of(), Set.of());
    }
}
