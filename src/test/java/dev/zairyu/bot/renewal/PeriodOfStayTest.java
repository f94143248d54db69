package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.renewal.PeriodOfStay.Rule;
import java.time.Period;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodOfStayTest {

    @ParameterizedTest(name = "{0}: {1}, special period {2}")
    @CsvSource({
        "YEARS_5,  THREE_MONTHS_BEFORE, true",
        "YEARS_3,  THREE_MONTHS_BEFORE, true",
        "YEARS_1,  THREE_MONTHS_BEFORE, true",
        "MONTHS_6, THREE_MONTHS_BEFORE, true",
        "MONTHS_4, NO_FIXED_RULE,       true",
        "MONTHS_3, HALF_PERIOD,         true",
        "DAYS_90,  HALF_PERIOD,         true",
        "DAYS_30,  HALF_PERIOD,         false",
        "DAYS_15,  HALF_PERIOD,         false",
        "UNKNOWN,  THREE_MONTHS_BEFORE, true",
    })
    void eachPeriodHasItsWindowRuleAndSpecialPeriodCoverage(PeriodOfStay period, Rule rule, boolean special) {
        assertThat(period.windowRule()).isEqualTo(rule);
        assertThat(period.specialPeriodApplies()).isEqualTo(special);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "5y, YEARS_5", "3y, YEARS_3", "1y, YEARS_1", "6m, MONTHS_6", "4m, MONTHS_4", "3m, MONTHS_3",
        "90d, DAYS_90", "30d, DAYS_30", "15d, DAYS_15", "unknown, UNKNOWN", "' 90D ', DAYS_90",
    })
    void looksUpPeriodsByCode(String code, PeriodOfStay expected) {
        assertThat(PeriodOfStay.fromCode(code)).contains(expected);
    }

    @Test
    void unknownCodesAndNullFindNothing() {
        assertThat(PeriodOfStay.fromCode("2y")).isEmpty();
        assertThat(PeriodOfStay.fromCode("")).isEmpty();
        assertThat(PeriodOfStay.fromCode(null)).isEmpty();
    }

    @Test
    void everyCodeRoundTripsAndIsLowerCase() {
        for (PeriodOfStay period : PeriodOfStay.values()) {
            assertThat(period.code()).isLowerCase();
            assertThat(PeriodOfStay.fromCode(period.code())).contains(period);
        }
        assertThat(Arrays.stream(PeriodOfStay.values()).map(PeriodOfStay::code)).doesNotHaveDuplicates();
    }

    @Test
    void dayPeriodsAreCountedInDaysAndMonthPeriodsInCalendarMonths() {
        assertThat(PeriodOfStay.DAYS_90.length()).contains(Period.ofDays(90));
        assertThat(PeriodOfStay.MONTHS_3.length()).contains(Period.ofMonths(3));
        assertThat(PeriodOfStay.YEARS_5.length()).contains(Period.ofYears(5));
        assertThat(PeriodOfStay.UNKNOWN.length()).isEmpty();
    }
}
