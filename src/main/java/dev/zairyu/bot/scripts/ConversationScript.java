package dev.zairyu.bot.scripts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A scripted conversation from {@code conversation-flows/tests/}: what the person does, turn by turn,
 * and what the bot's answer must (not) contain.
 */
public record ConversationScript(String name, LocalDate today, String language, String channel, List<Turn> turns) {
    public ConversationScript {
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    /**
     * Exactly one action per turn: {@code follow} (adds the bot), {@code say} (types text), {@code tap}
     * (taps the choice with this label or value in the last answer) or {@code pick} (picks a date).
     */
    public record Turn(Boolean follow, String say, String tap, LocalDate pick,
                       List<String> expect, @JsonProperty("expect_not") List<String> expectNot) {
        public Turn {
            expect = expect == null ? List.of() : List.copyOf(expect);
            expectNot = expectNot == null ? List.of() : List.copyOf(expectNot);
        }

        String describe() {
            if (Boolean.TRUE.equals(follow)) {
                return "follow";
            }
            if (say != null) {
                return "say \"" + say + "\"";
            }
            if (tap != null) {
                return "tap \"" + tap + "\"";
            }
            return pick != null ? "pick " + pick : "(no action)";
        }
    }
}
