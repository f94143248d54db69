package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.flow.Content;
import dev.zairyu.bot.flow.Faq;
import dev.zairyu.bot.testing.TestContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every language says everything English says, in patterns that render, and says whether a person checked it. */
class CatalogCompletenessTest {
    static final Set<String> LANGUAGES = Set.of("en", "ja", "ja-easy", "zh-Hans", "zh-Hant", "ko", "vi", "fil", "ne", "pt-BR",
            "id", "my", "th", "es");

    private final Content content = TestContent.engine().content();
    private final Catalog catalog = content.catalog();

    @Test
    void theBotSpeaksFourteenLanguages() {
        assertThat(catalog.languages()).containsExactlyInAnyOrderElementsOf(LANGUAGES);
    }

    @Test
    void noLanguageMissesAMessageOfEnglish() {
        List<String> problems = new ArrayList<>();
        for (String language : catalog.languages()) {
            Set<String> missing = catalog.missingIn(language);
            if (!missing.isEmpty()) {
                problems.add(language + " misses " + missing);
            }
            Set<String> extra = new TreeSet<>(catalog.language(language).messages().keySet());
            extra.removeAll(catalog.language(Catalog.FALLBACK).messages().keySet());
            if (!extra.isEmpty()) {
                problems.add(language + " has keys English does not: " + extra);
            }
        }
        assertThat(problems).as("messages missing or extra, per language").isEmpty();
    }

    @Test
    void everyMessageRendersInEveryLanguage() {
        Map<String, Object> args = new HashMap<>();
        for (String date : List.of("expiry", "windowOpens", "counterOpens", "lastCounterDay", "lastOnlineDay", "specialPeriodEnds",
                "cardExpiry", "firstReminder")) {
            args.put(date, LocalDate.of(2027, 3, 31));
        }
        args.putAll(Map.of("daysLeft", 5L, "maxYears", 8, "snoozeDays", 3L, "count", 2, "sources", "ISA https://example",
                "reviewed", "2026-11-24", "status", "permanent", "reminderCount", 4));
        List<String> problems = new ArrayList<>();
        for (String language : catalog.languages()) {
            for (String key : catalog.language(language).messages().keySet()) {
                if (key.startsWith("format.")) {
                    continue;
                }
                try {
                    String text = catalog.render(language, key, args);
                    if (text.contains("{") && !key.equals("footer.sources")) {
                        problems.add(language + " " + key + ": a placeholder was not filled: " + text);
                    }
                } catch (RuntimeException e) {
                    problems.add(language + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyTranslationSaysWhetherAPersonHasReviewedIt() {
        for (String language : catalog.languages()) {
            assertThat(catalog.language(language).reviewed()).as(language).matches("machine|\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void datesAreWrittenInEachLanguagesOwnForm() {
        LocalDate date = LocalDate.of(2027, 3, 31);
        assertThat(catalog.formatDate("en", date)).isEqualTo("2027-03-31 (Wed)");
        assertThat(catalog.formatDate("ja", date)).isEqualTo("2027年3月31日（水）");
        assertThat(catalog.formatDate("ko", date)).contains("2027").contains("3월").contains("31일");
        assertThat(catalog.formatDate("vi", date)).contains("31").contains("3").contains("2027");
    }
}
