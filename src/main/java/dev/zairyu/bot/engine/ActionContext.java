package dev.zairyu.bot.engine;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** What an action may read: the person's answers so far, the time in Japan, and where they talk to us. */
public record ActionContext(ConversationState state, ZonedDateTime now, Channel channel) {
    public LocalDate today() {
        return now.toLocalDate();
    }
}
