package dev.zairyu.bot.renewal;

import java.util.Locale;
import java.util.Optional;

/**
 * The statuses of residence the bot asks about. Only the distinctions the renewal rules need are
 * kept; rarer statuses fall under {@link #OTHER}.
 */
public enum ResidenceStatus {
    ENGINEER("engineer", "Engineer/Specialist in Humanities/International Services"),
    STUDENT("student", "Student"),
    DEPENDENT("dependent", "Dependent"),
    SPOUSE_OF_JAPANESE("spouse_japanese", "Spouse or Child of Japanese National"),
    SPOUSE_OF_PERMANENT_RESIDENT("spouse_pr", "Spouse or Child of Permanent Resident"),
    LONG_TERM_RESIDENT("long_term", "Long-Term Resident"),
    SPECIFIED_SKILLED_WORKER("ssw", "Specified Skilled Worker"),
    TECHNICAL_INTERN("intern", "Technical Intern Training"),
    BUSINESS_MANAGER("business_manager", "Business Manager"),
    HIGHLY_SKILLED_1("hsp1", "Highly Skilled Professional (i)"),
    HIGHLY_SKILLED_2("hsp2", "Highly Skilled Professional (ii)"),
    PERMANENT_RESIDENT("permanent", "Permanent Resident"),
    TEMPORARY_VISITOR("temporary_visitor", "Temporary Visitor"),
    /** Online-eligible except "departure preparation"; the message layer asks which activity. */
    DESIGNATED_ACTIVITIES("designated", "Designated Activities"),
    OTHER("other", "Other");

    private final String code;
    private final String englishName;

    ResidenceStatus(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    /** The stable lower-case code used in conversation flows and storage. */
    public String code() {
        return code;
    }

    /** The status's official English name, for logs and fallback text; users see translations. */
    public String englishName() {
        return englishName;
    }

    /**
     * These statuses have no period of stay to extend: only the card itself expires (FACTS E1),
     * so the timeline is {@link RenewalTimeline#cardValidity}, not an extension.
     */
    public boolean renewsCardValidityOnly() {
        return this == PERMANENT_RESIDENT || this == HIGHLY_SKILLED_2;
    }

    /**
     * Whether the renewal this status needs can be filed through the online system (FACTS B2,
     * E1): Temporary Visitors are excluded outright, and card validity renewal is counter only.
     */
    public boolean onlineEligible() {
        return this != TEMPORARY_VISITOR && !renewsCardValidityOnly();
    }

    /** Looks a code up, ignoring case and surrounding blanks because codes also arrive typed. */
    public static Optional<ResidenceStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ResidenceStatus status : values()) {
            if (status.code.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
