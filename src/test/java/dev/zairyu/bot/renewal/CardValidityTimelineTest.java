package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.renewal.CardValidityTimeline.Kind;
import dev.zairyu.bot.renewal.RenewalTimeline.ChildCard;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Card validity renewal, not an extension of stay: FACTS E1, E2 (and A5 for closed days). */
class CardValidityTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void permanentResidentCardExpiring20AugustOpensOnASundaySoTheCounterOpensMonday() {
        CardValidityTimeline t = RenewalTimeline.cardValidity(d("2027-08-20"), TODAY);

        assertThat(t.kind()).isEqualTo(Kind.CARD_VALIDITY_16_PLUS);
        assertThat(t.phase()).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(t.canApplyNow()).isFalse();
        assertThat(t.windowOpens()).isEqualTo(d("2027-06-20"));
        assertThat(t.windowOpensInClosure()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(d("2027-06-21"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-08-20"));
        assertThat(t.expiryOnClosedDay()).isFalse();
        assertThat(t.daysLeft()).isEqualTo(269);
    }

    @ParameterizedTest(name = "card expiry {0} → window {1}")
    @CsvSource({
        "2027-08-20, 2027-06-20",
        "2027-04-30, 2027-02-28",   // 30 February does not exist
        "2028-04-30, 2028-02-29",   // leap year
        "2027-02-15, 2026-12-15",   // across the year boundary
    })
    void windowOpensTwoCalendarMonthsBeforeTheCardExpires(LocalDate cardExpiry, LocalDate window) {
        assertThat(RenewalTimeline.cardValidity(cardExpiry, cardExpiry.minusYears(1)).windowOpens()).isEqualTo(window);
    }

    @Test
    void insideTheWindowTheCounterIsTheNextOpenDayFromToday() {
        // Saturday inside the window.
        CardValidityTimeline t = RenewalTimeline.cardValidity(d("2027-01-29"), d("2026-12-26"));

        assertThat(t.phase()).isEqualTo(Phase.OPEN);
        assertThat(t.canApplyNow()).isTrue();
        assertThat(t.windowOpensInClosure()).isFalse();
        assertThat(t.counterOpens()).isEqualTo(d("2026-12-28"));
    }

    @Test
    void cardExpiringOnASaturdayCanStillBeRenewedOnMonday() {
        CardValidityTimeline saturday = RenewalTimeline.cardValidity(d("2027-06-19"), d("2027-06-19"));
        assertThat(saturday.phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(saturday.expiryOnClosedDay()).isTrue();
        assertThat(saturday.counterOpens()).isEqualTo(d("2027-06-21"));
        assertThat(saturday.lastCounterDay()).isEqualTo(d("2027-06-21"));

        assertThat(RenewalTimeline.cardValidity(d("2027-06-19"), d("2027-06-21")).phase()).isEqualTo(Phase.LAST_DAY);
        assertThat(RenewalTimeline.cardValidity(d("2027-06-19"), d("2027-06-22")).phase()).isEqualTo(Phase.EXPIRED);
    }

    @Test
    void expiredCardHasNoWindowAndNoLastDay() {
        CardValidityTimeline t = RenewalTimeline.cardValidity(d("2026-11-20"), TODAY);

        assertThat(t.phase()).isEqualTo(Phase.EXPIRED);
        assertThat(t.expired()).isTrue();
        assertThat(t.canApplyNow()).isFalse();
        assertThat(t.windowOpens()).isNull();
        assertThat(t.counterOpens()).isNull();
        assertThat(t.lastCounterDay()).isNull();
        assertThat(t.daysLeft()).isEqualTo(-4);
    }

    @Test
    void childsCardRunsToTheDayBefore16AndCanBeRenewedFromSixMonthsBeforeTheBirthday() {
        CardValidityTimeline t = RenewalTimeline.under16(d("2027-06-10"), TODAY);

        assertThat(t.kind()).isEqualTo(Kind.UNDER_16);
        assertThat(t.cardExpiry()).isEqualTo(d("2027-06-09"));
        assertThat(t.windowOpens()).isEqualTo(d("2026-12-10"));
        assertThat(t.phase()).isEqualTo(Phase.NOT_YET_OPEN);
        assertThat(t.counterOpens()).isEqualTo(d("2026-12-10"));
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-06-09"));
        assertThat(t.daysLeft()).isEqualTo(197);
    }

    @Test
    void childsWindowOpeningInTheNewYearClosureOpensTheCounterOn4January() {
        CardValidityTimeline t = RenewalTimeline.under16(d("2027-07-02"), TODAY);

        assertThat(t.windowOpens()).isEqualTo(d("2027-01-02"));
        assertThat(t.windowOpensInClosure()).isTrue();
        assertThat(t.counterOpens()).isEqualTo(d("2027-01-04"));
    }

    @Test
    void childWhoseCardEndsOnASundayCanStillFileOnMonday() {
        // 16th birthday Monday 2027-06-21: the card's last day is Sunday 2027-06-20.
        CardValidityTimeline t = RenewalTimeline.under16(d("2027-06-21"), d("2027-06-01"));

        assertThat(t.cardExpiry()).isEqualTo(d("2027-06-20"));
        assertThat(t.expiryOnClosedDay()).isTrue();
        assertThat(t.lastCounterDay()).isEqualTo(d("2027-06-21"));
    }

    @ParameterizedTest(name = "16th birthday {0}, stay expiry {1} → {2}")
    @CsvSource({
        "2027-06-10, ,           RENEW_CARD_BEFORE_16",   // permanent resident: no stay expiry
        "2027-06-10, 2028-03-31, RENEW_CARD_BEFORE_16",   // the card ends first
        "2027-06-10, 2027-06-09, RENEW_CARD_BEFORE_16",   // both end on the same day
        "2027-06-10, 2027-06-08, EXTEND_STAY",            // the stay ends first
        "2027-06-10, 2026-12-31, EXTEND_STAY",
    })
    void childCardRuleFollowsWhicheverEndsFirst(LocalDate sixteenthBirthday, LocalDate stayExpiry, ChildCard rule) {
        assertThat(RenewalTimeline.childCardRule(sixteenthBirthday, stayExpiry)).isEqualTo(rule);
    }
}
