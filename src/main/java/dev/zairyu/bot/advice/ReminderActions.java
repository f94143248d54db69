package dev.zairyu.bot.advice;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.ReminderCommand;
import dev.zairyu.bot.engine.ActionContext;
import dev.zairyu.bot.engine.ActionResult;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.engine.FlowAction;
import dev.zairyu.bot.flow.ActionSpec;
import dev.zairyu.bot.flow.ReminderSchedule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The actions behind reminders: offering, scheduling, checking a due one, and the person's answers to it. */
final class ReminderActions {
    static final String REMINDERS = "reminders";
    static final String APPLIED = "applied";
    /** "Remind me later" brings the same reminder back after this long. */
    static final Duration SNOOZE = Duration.ofDays(3);

    private ReminderActions() {
    }

    static Map<String, FlowAction> all(ReminderSchedule schedule) {
        return Map.of(
                "reminder_route", new Route(),
                "schedule_reminders", new Schedule(schedule),
                "reminder_check", new Check(schedule),
                "reminder_applied", simple(c -> new ActionResult("done", Map.of(), Set.of(),
                        Map.of(APPLIED, c.today().toString()), List.of(new ReminderCommand.CancelAll()))),
                "reminder_snooze", simple(c -> new ActionResult("done", Map.of("snoozeDays", SNOOZE.toDays()), Set.of(), Map.of(),
                        List.of(new ReminderCommand.Snooze(new ReminderCommand.Planned(
                                String.valueOf(c.state().slot(Engine.REMINDER_KIND_SLOT)), c.now().plus(SNOOZE).toInstant()))))),
                "reminder_stop", simple(c -> new ActionResult("done", Map.of(), Set.of(),
                        Map.of(REMINDERS, "no"), List.of(new ReminderCommand.CancelAll()))));
    }

    private static FlowAction simple(java.util.function.Function<ActionContext, ActionResult> run) {
        return new FlowAction() {
            @Override
            public ActionSpec spec() {
                return new ActionSpec(Set.of("done"), Set.of());
            }

            @Override
            public ActionResult run(ActionContext context) {
                return run.apply(context);
            }
        };
    }

    /** Whether to offer reminders, update the ones already accepted, or explain this chat cannot push. */
    static final class Route implements FlowAction {
        @Override
        public ActionSpec spec() {
            return new ActionSpec(Set.of("ask", "update", "no_push"), Set.of());
        }

        @Override
        public ActionResult run(ActionContext c) {
            String outcome = c.channel() == Channel.WEB || c.channel() == Channel.TERMINAL ? "no_push"
                    : "yes".equals(c.state().slot(REMINDERS)) ? "update" : "ask";
            return new ActionResult(outcome, Map.of(), Set.of());
        }
    }

    /** Replaces the person's upcoming reminders with those of their current dates. */
    static final class Schedule implements FlowAction {
        private final ReminderSchedule schedule;

        Schedule(ReminderSchedule schedule) {
            this.schedule = schedule;
        }

        @Override
        public ActionSpec spec() {
            return new ActionSpec(Set.of("scheduled", "nothing_left"), Set.of());
        }

        @Override
        public ActionResult run(ActionContext c) {
            List<ReminderPlanner.Item> plan = ReminderPlanner.plan(c.state(), c.today(), schedule);
            Map<String, Object> vars = new HashMap<>();
            vars.put("reminderCount", plan.size());
            if (!plan.isEmpty()) {
                vars.put("firstReminder", plan.get(0).date());
            }
            return new ActionResult(plan.isEmpty() ? "nothing_left" : "scheduled", vars, Set.of(),
                    Map.of(REMINDERS, "yes", APPLIED, ""),
                    List.of(new ReminderCommand.Replace(plan.stream().map(ReminderPlanner.Item::planned).toList())));
        }
    }

    /**
     * Checks a due reminder against the person's answers now: still wanted, not applied, the stay not run
     * out, and the reminder still in their schedule and due. Its flags name the kind; its values are the
     * dates the message speaks of.
     */
    static final class Check implements FlowAction {
        private final ReminderSchedule schedule;

        Check(ReminderSchedule schedule) {
            this.schedule = schedule;
        }

        @Override
        public ActionSpec spec() {
            Set<String> flags = new HashSet<>();
            schedule.kinds().forEach(kind -> flags.add("kind_" + kind));
            flags.addAll(ExtensionAdvice.FLAGS);
            flags.addAll(new CardValidityAdvice(false).spec().flags());
            return new ActionSpec(Set.of("send", "skip"), flags);
        }

        @Override
        public ActionResult run(ActionContext c) {
            ConversationState state = c.state();
            String kind = state.slot(Engine.REMINDER_KIND_SLOT);
            boolean wanted = "yes".equals(state.slot(REMINDERS)) && (state.slot(APPLIED) == null || state.slot(APPLIED).isEmpty());
            LocalDate due = null;
            for (ReminderSchedule.Entry entry : schedule.schedules().values().stream().flatMap(List::stream).toList()) {
                if (entry.kind().equals(kind)) {
                    LocalDate base = ReminderPlanner.timelineDates(state, c.today()).get(entry.date());
                    due = base == null ? null : base.minusDays(entry.daysBefore());
                }
            }
            if (!wanted || due == null || due.isAfter(c.today())) {
                return new ActionResult("skip", Map.of(), Set.of());
            }
            ActionResult timeline = Slots.status(state, Slots.STATUS).renewsCardValidityOnly()
                    ? new CardValidityAdvice(false).run(c) : new ExtensionAdvice().run(c);
            Set<String> flags = new HashSet<>(timeline.flags());
            flags.add("kind_" + kind);
            return new ActionResult("send", timeline.vars(), flags);
        }
    }
}
