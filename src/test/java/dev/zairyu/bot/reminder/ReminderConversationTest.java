package dev.zairyu.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.domain.ReminderCommand;
import dev.zairyu.bot.testing.Chat;
import dev.zairyu.bot.testing.TestContent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reminders through the engine: what is scheduled, what a due reminder says, and the answers to it. */
class ReminderConversationTest {
    private static final LocalDate TODAY = TestContent.TODAY;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static Instant nineAm(String date) {
        return LocalDate.parse(date).atTime(9, 0).atZone(JAPAN).toInstant();
    }

    /** A worker whose stay ends 2027-03-31 goes through the flow to the reminder offer. */
    private static Chat workerAtTheOffer() {
        return Chat.onLine(TODAY).follow().tap("Engineer/Humanities").say("2027-03-31").tap("1 year").tap("No");
    }

    @Test
    void acceptingRemindersSchedulesTheWindowThirtyAndSevenDaysAndTheLastCounterDayAtNine() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me");
        assertThat(chat.answer()).contains("the first time on 2026-12-31 (Thu)");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.Replace(List.of(
                new ReminderCommand.Planned("window_opens", nineAm("2026-12-31")),
                new ReminderCommand.Planned("expiry_30_days", nineAm("2027-03-01")),
                new ReminderCommand.Planned("expiry_7_days", nineAm("2027-03-24")),
                new ReminderCommand.Planned("last_counter_day", nineAm("2027-03-31")))));
        assertThat(chat.state().slot("reminders")).isEqualTo("yes");
    }

    @Test
    void aPermanentResidentGetsTheCardWindowAndFourteenDaysBefore() {
        Chat chat = Chat.onLine(TODAY).follow().tap("Permanent Resident").say("2027-08-20").tap("Yes, remind me");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.Replace(List.of(
                new ReminderCommand.Planned("card_window_opens", nineAm("2027-06-20")),
                new ReminderCommand.Planned("card_14_days", nineAm("2027-08-06")))));
    }

    @Test
    void aCardReminderOnASundaySaysWhenTheCounterOpens() {
        Chat chat = Chat.onLine(TODAY).follow().tap("Permanent Resident").say("2027-08-20").tap("Yes, remind me")
                .onDay(LocalDate.of(2027, 6, 20)).reminderDue("card_window_opens");
        assertThat(chat.answer()).contains("from today, 2027-06-20 (Sun), you can renew your residence card")
                .contains("counter is closed on 2027-06-20 (Sun), so you can go from 2027-06-21 (Mon)");
    }

    @Test
    void aCardReminderOnAWeekdaySaysNothingOfAClosedCounter() {
        Chat chat = Chat.onLine(TODAY).follow().tap("Permanent Resident").say("2027-08-20").tap("Yes, remind me")
                .onDay(LocalDate.of(2027, 8, 6)).reminderDue("card_14_days");
        assertThat(chat.answer()).contains("expires on 2027-08-20 (Fri)").doesNotContain("closed");
    }

    @Test
    void datesAlreadyPastAreLeftOut() {
        Chat chat = Chat.onLine(TODAY).follow().tap("Student").say("2027-01-15").tap("1 year").tap("No").tap("Yes, remind me");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.Replace(List.of(
                new ReminderCommand.Planned("expiry_30_days", nineAm("2026-12-16")),
                new ReminderCommand.Planned("expiry_7_days", nineAm("2027-01-08")),
                new ReminderCommand.Planned("last_counter_day", nineAm("2027-01-15")))));
    }

    @Test
    void theWebChatExplainsItCannotReceiveReminders() {
        Chat chat = Chat.inWebChat(TODAY).follow().tap("Student").say("2027-01-15").tap("1 year").tap("No");
        assertThat(chat.answer()).contains("This chat cannot receive them");
        assertThat(chat.transition().reminders()).isEmpty();
    }

    @Test
    void aDueReminderSpeaksOfThePersonsDatesAndOffersTheThreeAnswers() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me").onDay(LocalDate.of(2026, 12, 31)).reminderDue("window_opens");
        assertThat(chat.answer())
                .contains("from today, 2026-12-31 (Thu), you can apply")
                .contains("at the counter you can apply from 2027-01-04 (Mon)")
                .contains("0570-013904");
        assertThat(chat.choiceLabels()).containsExactly("I've applied", "Remind me later", "Stop reminders");
    }

    @Test
    void iHaveAppliedGivesSpecialPeriodGuidanceAndStopsTheReminders() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me").onDay(LocalDate.of(2027, 3, 1)).reminderDue("expiry_30_days")
                .tap("I've applied");
        assertThat(chat.answer()).contains("not send you any more deadline reminders").contains("special period")
                .contains("2027-05-31 (Mon)");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.CancelAll());
        assertThat(chat.onDay(LocalDate.of(2027, 3, 24)).reminderDue("expiry_7_days").messages()).isEmpty();
    }

    @Test
    void remindMeLaterBringsTheSameReminderBackInThreeDays() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me").onDay(LocalDate.of(2027, 3, 1)).reminderDue("expiry_30_days")
                .tap("Remind me later");
        assertThat(chat.answer()).contains("again in 3 days");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.Snooze(
                new ReminderCommand.Planned("expiry_30_days", TestContent.morningOf(LocalDate.of(2027, 3, 4)).toInstant())));
    }

    @Test
    void stopRemindersTypedAnywhereCancelsEverything() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me").say("please stop reminders");
        assertThat(chat.answer()).contains("stopped your reminders");
        assertThat(chat.transition().reminders()).containsExactly(new ReminderCommand.CancelAll());
        assertThat(chat.onDay(LocalDate.of(2026, 12, 31)).reminderDue("window_opens").messages()).isEmpty();
    }

    @Test
    void aDateChangeMovesTheRemindersToTheNewDates() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me").say("start over").tap("Engineer/Humanities")
                .say("2027-06-30").tap("1 year").tap("No");
        assertThat(chat.answer()).contains("moved your reminders");
        ReminderCommand.Replace replace = (ReminderCommand.Replace) chat.transition().reminders().get(0);
        assertThat(replace.reminders().get(0)).isEqualTo(new ReminderCommand.Planned("window_opens", nineAm("2027-03-30")));
    }

    @Test
    void aReminderThatNoLongerFitsTheDatesSaysNothingAndLeavesThePersonWhereTheyWere() {
        Chat chat = workerAtTheOffer().tap("Yes, remind me");
        String step = chat.state().step();
        chat.reminderDue("last_counter_day");   // not due yet on 2026-11-24
        assertThat(chat.messages()).isEmpty();
        assertThat(chat.state().step()).isEqualTo(step);
    }
}
