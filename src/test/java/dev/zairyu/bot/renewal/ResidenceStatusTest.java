package dev.zairyu.bot.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidenceStatusTest {

    @ParameterizedTest(name = "{0} ({1}): card only {2}, online {3}")
    @CsvSource({
        "ENGINEER,                     engineer,          false, true",
        "STUDENT,                      student,           false, true",
        "DEPENDENT,                    dependent,         false, true",
        "SPOUSE_OF_JAPANESE,           spouse_japanese,   false, true",
        "SPOUSE_OF_PERMANENT_RESIDENT, spouse_pr,         false, true",
        "LONG_TERM_RESIDENT,           long_term,         false, true",
        "SPECIFIED_SKILLED_WORKER,     ssw,               false, true",
        "TECHNICAL_INTERN,             intern,            false, true",
        "BUSINESS_MANAGER,             business_manager,  false, true",
        "HIGHLY_SKILLED_1,             hsp1,              false, true",
        "HIGHLY_SKILLED_2,             hsp2,              true,  false",
        "PERMANENT_RESIDENT,           permanent,         true,  false",
        "TEMPORARY_VISITOR,            temporary_visitor, false, false",
        "DESIGNATED_ACTIVITIES,        designated,        false, true",
        "OTHER,                        other,             false, true",
    })
    void eachStatusHasItsCodeCardRuleAndOnlineEligibility(
            ResidenceStatus status, String code, boolean cardOnly, boolean online) {
        assertThat(status.code()).isEqualTo(code);
        assertThat(ResidenceStatus.fromCode(code)).contains(status);
        assertThat(status.renewsCardValidityOnly()).isEqualTo(cardOnly);
        assertThat(status.onlineEligible()).isEqualTo(online);
    }

    @Test
    void codesAreUniqueAndLookupIgnoresCaseAndBlanks() {
        assertThat(Arrays.stream(ResidenceStatus.values()).map(ResidenceStatus::code)).doesNotHaveDuplicates();
        assertThat(ResidenceStatus.fromCode(" Spouse_PR ")).contains(ResidenceStatus.SPOUSE_OF_PERMANENT_RESIDENT);
        assertThat(ResidenceStatus.fromCode("diplomat")).isEmpty();
        assertThat(ResidenceStatus.fromCode(null)).isEmpty();
    }

    @Test
    void everyStatusHasAnEnglishName() {
        assertThat(ResidenceStatus.ENGINEER.englishName())
                .isEqualTo("Engineer/Specialist in Humanities/International Services");
        assertThat(Arrays.stream(ResidenceStatus.values())).allMatch(s -> !s.englishName().isBlank());
    }
}
