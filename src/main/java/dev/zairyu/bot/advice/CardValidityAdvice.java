package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.engine.ActionContext;
import dev.zairyu.bot.engine.ActionResult;
import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.renewal.CardValidityTimeline;
import dev.zairyu.bot.renewal.Phase;
import dev.zairyu.bot.renewal.RenewalTimeline;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Card-validity renewal for permanent residents and HSP (ii) (E1), and for children whose card ends
 * before their 16th birthday (E2): not an extension of stay, free, at the counter.
 */
final class CardValidityAdvice implements FlowAction {
    private final boolean child;

    CardValidityAdvice(boolean child) {
        this.child = child;
    }

    @Override
    public ActionSpec spec() {
        return new ActionSpec(Set.of("ok", "expired"), Set.of("not_yet_open", "open_now", "last_day",
                "window_in_closure", "expiry_on_closed_day", "card_counter_closed_today"));
    }

    @Override
    public ActionResult run(ActionContext context) {
        ConversationState state = context.state();
        LocalDate today = context.today();
        CardValidityTimeline t = child
                ? RenewalTimeline.under16(Slots.date(state, Slots.SIXTEENTH_BIRTHDAY), today)
                : RenewalTimeline.cardValidity(Slots.date(state, Slots.EXPIRY), today);
        Map<String, Object> vars = new HashMap<>();
        ExtensionAdvice.put(vars, "cardExpiry", t.cardExpiry());
        ExtensionAdvice.put(vars, "windowOpens", t.windowOpens());
        ExtensionAdvice.put(vars, "counterOpens", t.counterOpens());
        ExtensionAdvice.put(vars, "lastCounterDay", t.lastCounterDay());
        vars.put("daysLeft", t.daysLeft());
        Set<String> flags = new HashSet<>();
        switch (t.phase()) {
            case NOT_YET_OPEN -> flags.add("not_yet_open");
            case OPEN, NO_FIXED_RULE -> {
                flags.add("open_now");
                if (t.counterOpens() != null && today.isBefore(t.counterOpens())) {
                    flags.add("card_counter_closed_today");
                }
            }
            case LAST_DAY -> flags.add("last_day");
            case EXPIRED -> { }
        }
        if (t.windowOpensInClosure()) {
            flags.add("window_in_closure");
        }
        if (t.expiryOnClosedDay()) {
            flags.add("expiry_on_closed_day");
        }
        return new ActionResult(t.phase() == Phase.EXPIRED ? "expired" : "ok", vars, flags);
    }
}
