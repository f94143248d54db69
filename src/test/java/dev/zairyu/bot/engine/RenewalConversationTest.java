package dev.zairyu.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.Chat;
import dev.zairyu.bot.testing.TestContent;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The renewal flow end to end through the engine, with the worked examples of FACTS.md. */
class RenewalConversationTest {
    private static final LocalDate TODAY = TestContent.TODAY;

    @Test
    void aFollowGreetsAndAsksForTheStatusOfResidence() {
        Chat chat = Chat.on(TODAY).follow();
        assertThat(chat.answer()).contains("zairyu-bot").contains("status of residence");
        assertThat(chat.choiceLabels()).contains("Engineer/Humanities", "Student", "Permanent Resident", "Other").hasSize(13);
    }

    @Test
    void aWorkerWhoseStayEndsOnTheLastDayOfMarchLearnsTheWindowTheClosureAndBothDeadlines() {
        Chat chat = Chat.on(TODAY).follow().tap("Engineer/Humanities");
        assertThat(chat.lastMessage().dateRequest()).isNotNull();
        chat.pick(LocalDate.of(2027, 3, 31));
        assertThat(chat.answer()).contains("How long is your period of stay");
        chat.tap("1 year");
        assertThat(chat.answer())
                .contains("You can apply from 2026-12-31 (Thu)")
                .contains("closed on 2026-12-31 (Thu)")
                .contains("At the counter you can apply from 2027-01-04 (Mon)")
                .contains("Last day to apply at the counter: 2027-03-31 (Wed)")
                .contains("Last day to apply online: 2027-03-30 (Tue)")
                .contains("https://www.moj.go.jp/isa/applications/procedures/16-3.html")
                .contains("checked 2026-11-24")
                .contains("0570-013904");
        assertThat(chat.answer()).contains("My Number Card");
    }

    @Test
    void theSourcesFooterWritesTheReviewDateInThePersonsOwnStyle() {
        assertThat(Chat.on(TODAY).follow().tap("Student").say("2027-01-15").tap("1 year").answer())
                .contains("(checked 2026-11-24 (Tue))");
        assertThat(Chat.on(TODAY).say("言語").tap("日本語").tap("カードを更新する").tap("留学").say("2027-01-15").tap("1年").answer())
                .contains("2026年11月24日");
    }

    @Test
    void aStudentWhoseStayEndsInJanuaryCanApplyNowAndLearnsTheDeadline() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("2027-01-15").tap("1 year");
        assertThat(chat.answer())
                .contains("You can apply now")
                .contains("Last day to apply at the counter: 2027-01-15 (Fri)")
                .contains("Last day to apply online: 2027-01-14 (Thu)")
                .doesNotContain("You can apply from");
    }

    @Test
    void someoneWhoseDateHasPassedIsToldPlainlyToContactTheBureauWithoutAnApplyFromDate() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("2026-11-01");
        assertThat(chat.answer())
                .contains("too late to apply for an extension")
                .contains("contact the immigration bureau")
                .contains("Departure Order")
                .doesNotContain("You can apply from")
                .doesNotContain("How long is your period of stay");
    }

    @Test
    void aPermanentResidentLearnsTheTwoMonthWindowThatItIsFreeAndAtTheCounter() {
        Chat chat = Chat.on(TODAY).follow().tap("Permanent Resident").say("2027-08-20");
        assertThat(chat.answer())
                .contains("renew the validity of your residence card")
                .contains("You can apply from 2027-06-20 (Sun)")
                .contains("you can go from 2027-06-21 (Mon)")
                .contains("It is free")
                .contains("counter (not online)")
                .doesNotContain("How long is your period of stay");
        assertThat(chat.answer()).contains("remind you");
    }

    @Test
    void anOnlineApplicantLearnsTheCardCanComeByPostAndTheOnlineFee() {
        Chat chat = Chat.on(TODAY).follow().tap("Engineer/Humanities").say("2027-03-31").tap("1 year")
                .tap("Yes").tap("Yes");
        assertThat(chat.answer())
                .contains("by post")
                .contains("5,500 yen")
                .contains("special period")
                .contains("2027-05-31 (Mon)")
                .contains("Fees are set to rise");
        assertThat(chat.choiceLabels()).containsExactly("Yes, remind me", "No, thanks");
    }

    @Test
    void aCounterApplicantLearnsHowToCollectTheCardAndTheCounterFee() {
        Chat chat = Chat.on(TODAY).follow().tap("Engineer/Humanities").say("2027-03-31").tap("1 year").tap("No");
        assertThat(chat.answer())
                .contains("application pending")
                .contains("collect the new card at the bureau")
                .contains("6,000 yen at the counter")
                .doesNotContain("by post");
    }

    @Test
    void theReminderChoiceIsRemembered() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("2027-01-15").tap("1 year").tap("No")
                .tap("Yes, remind me");
        assertThat(chat.state().slot("reminders")).isEqualTo("yes");
        assertThat(chat.answer()).contains("I'll remind you").contains("anything else");
    }

    @Test
    void aDateTheBotCannotReadIsAskedAgainWithAnExample() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("sometime next spring");
        assertThat(chat.answer()).contains("couldn't read that date").contains("2027-03-31");
        assertThat(chat.lastMessage().dateRequest()).isNotNull();
        assertThat(chat.state().step()).isEqualTo("expiry");
    }

    @Test
    void typedDatesInCommonFormsAreAccepted() {
        for (String typed : new String[] {"2027/03/31", "31 March 2027", "March 31, 2027", "2027年3月31日"}) {
            Chat chat = Chat.on(TODAY).follow().tap("Engineer/Humanities").say(typed).tap("1 year");
            assertThat(chat.answer()).as(typed).contains("Your period of stay ends on 2027-03-31 (Wed)");
        }
    }

    @Test
    void aTypedStatusThatIsNoOptionIsTakenAsOther() {
        Chat chat = Chat.on(TODAY).follow().say("Researcher");
        assertThat(chat.state().slot("status")).isEqualTo("other");
        assertThat(chat.state().step()).isEqualTo("expiry");
    }

    @Test
    void aTypedLabelChoosesTheOption() {
        Chat chat = Chat.on(TODAY).follow().say("student");
        assertThat(chat.state().slot("status")).isEqualTo("student");
    }

    @Test
    void aShortStayOpensAboutHalfwayThrough() {
        Chat chat = Chat.on(TODAY).follow().tap("Other").say("2027-02-20").tap("90 days");
        assertThat(chat.answer()).contains("about half of it has passed").contains("2027-01-06");
    }

    @Test
    void aThirtyDayStayHasNoSpecialPeriod() {
        Chat chat = Chat.on(TODAY).follow().tap("Other").say("2026-12-20").tap("30 days").tap("No");
        assertThat(chat.answer()).contains("no special period");
    }

    @Test
    void anExpiryOnASundayIsStillOnTimeTheNextOpenDay() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("2027-06-20").tap("1 year");
        assertThat(chat.answer()).contains("Last day to apply at the counter: 2027-06-21 (Mon)")
                .contains("still counts as on time");
    }

    @Test
    void aDateFarInTheFutureIsQuestioned() {
        Chat chat = Chat.on(TODAY).follow().tap("Student").say("2072-03-31");
        assertThat(chat.answer()).contains("more than 8 years away");
        assertThat(chat.state().step()).isEqualTo("expiry");
    }
}
