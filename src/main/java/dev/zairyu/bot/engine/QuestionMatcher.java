package dev.zairyu.bot.engine;

import java.util.List;

/** Matches a free question to an FAQ entry, in the language it was asked in. */
public interface QuestionMatcher {
    QuestionMatcher NONE = (text, language) -> new Match(null, 0, List.of());

    Match match(String text, String language);

    /**
     * @param entry      the entry confidently matched, or null (then the bot declines)
     * @param confidence how much of the question the entry accounts for, 0 to 1
     * @param closest    the nearest entries, best first, to offer when declining
     */
    record Match(String entry, double confidence, List<String> closest) {
        public Match {
            closest = List.copyOf(closest);
        }

        public boolean confident() {
            return entry != null;
        }
    }
}
