package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.engine.ActionContext;
import dev.zairyu.bot.engine.ActionResult;
import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.renewal.ExtensionTimeline;
import dev.zairyu.bot.renewal.PeriodOfStay;
import dev.zairyu.bot.renewal.RenewalTimeline;
import dev.zairyu.bot.renewal.ResidenceStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Turns the extension rules (A1, A3, A5, A7, B3) into the dates and conditions the timeline messages use. */
final class ExtensionAdvice implements FlowAction {
    static final Set<String> FLAGS = Set.of("not_yet_open", "window_later", "window_later_half", "counter_closed_today", "open_now", "last_day", "no_fixed_rule", "half_period",
            "period_unknown", "window_in_closure", "expiry_on_closed_day", "special_period", "no_special_period",
            "online_status", "temporary_visitor", "designated", "route_online", "route_counter", "route_register");

    @Override
    public ActionSpec spec() {
        return new ActionSpec(Set.of("online_possible", "counter_only"), FLAGS);
    }

    @Override
    public ActionResult run(ActionContext context) {
        ConversationState state = context.state();
        LocalDate today = context.today();
        LocalDate expiry = Slots.date(state, Slots.EXPIRY);
        PeriodOfStay period = Slots.period(state);
        ResidenceStatus status = Slots.status(state, Slots.STATUS);
        ExtensionTimeline t = RenewalTimeline.extension(expiry, period, today);

        Map<String, Object> vars = new HashMap<>();
        put(vars, "expiry", t.expiry());
        put(vars, "windowOpens", t.windowOpens());
        put(vars, "counterOpens", t.counterOpens());
        put(vars, "lastCounterDay", t.lastCounterDay());
        put(vars, "lastOnlineDay", t.lastOnlineDay());
        put(vars, "specialPeriodEnds", t.specialPeriodEnds());
        vars.put("daysLeft", t.daysLeft());

        Set<String> flags = new HashSet<>();
        switch (t.phase()) {
            case NOT_YET_OPEN -> {
                flags.add("not_yet_open");
                flags.add(period.windowRule() == PeriodOfStay.Rule.HALF_PERIOD ? "window_later_half" : "window_later");
            }
            case OPEN -> {
                flags.add("open_now");
                if (!today.equals(t.counterOpens())) {
                    flags.add("counter_closed_today");
                }
            }
            case LAST_DAY -> flags.add("last_day");
            case NO_FIXED_RULE -> flags.add("no_fixed_rule");
            case EXPIRED -> { }
        }
        if (period.windowRule() == PeriodOfStay.Rule.HALF_PERIOD) {
            flags.add("half_period");
        }
        if (period == PeriodOfStay.UNKNOWN) {
            flags.add("period_unknown");
        }
        if (t.windowOpensInClosure()) {
            flags.add("window_in_closure");
        }
        if (t.expiryOnClosedDay()) {
            flags.add("expiry_on_closed_day");
        }
        flags.add(t.specialPeriodApplies() ? "special_period" : "no_special_period");
        if (status == ResidenceStatus.TEMPORARY_VISITOR) {
            flags.add("temporary_visitor");
        }
        if (status == ResidenceStatus.DESIGNATED_ACTIVITIES) {
            flags.add("designated");
        }
        boolean online = status.onlineEligible() && t.lastOnlineDay() != null;
        if (online) {
            flags.add("online_status");
        }
        flags.add(route(state, online));
        return new ActionResult(online ? "online_possible" : "counter_only", vars, flags);
    }

    /** B1: online needs a My Number Card and a prior user registration; without them, the counter. */
    private static String route(ConversationState state, boolean online) {
        if (!online || !Slots.yes(state, Slots.MY_NUMBER_CARD)) {
            return "route_counter";
        }
        return Slots.yes(state, Slots.REGISTERED) ? "route_online" : "route_register";
    }

    static void put(Map<String, Object> vars, String name, Object value) {
        if (value != null) {
            vars.put(name, value);
        }
    }
}
