package dev.zairyu.bot.i18n;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the one date in what a user typed, e.g. the expiry date printed on their residence card, in any of
 * the bot's languages. Pure and thread-safe: the patterns are compiled once, and today comes in as a value.
 *
 * <p>The language only decides conventions (which order 03/04/2027 means, Buddhist or Bikram Sambat years,
 * which month abbreviations count); every form is accepted whatever the language, because people answer in
 * the format printed on their card, not in the one their chat language would suggest.
 */
public final class DateReader {

    public DateReader() {}

    /**
     * @param lang one of "en", "ja", "ja-easy", "zh-Hans", "zh-Hant", "ko", "vi", "fil", "ne", "pt-BR", "id",
     *             "my", "th", "es"; anything else reads like "en"
     * @param today the user's today, used only for dates written without a year
     */
    public DateReading read(String text, String lang, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isBlank()) {
            return DateInterpreter.UNREADABLE;
        }
        String normalised = DateText.normalise(text);
        if (normalised.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return DateInterpreter.UNREADABLE;
        }
        DateLanguage language = DateLanguage.of(lang);
        Set<DateReading> readings = new LinkedHashSet<>();
        List<DateMatch> matches = DateForm.findAll(normalised, language);
        for (DateMatch match : matches) {
            if (matches.stream().noneMatch(other -> other.swallows(match))) {
                readings.add(DateInterpreter.interpret(match, language, today));
            }
        }
        // Two different dates (or none) is a question for the user, not for us to guess; the same date written
        // twice, as in 令和9年3月31日（2027/03/31）, is still one answer.
        return readings.size() == 1 ? readings.iterator().next() : DateInterpreter.UNREADABLE;
    }
}
