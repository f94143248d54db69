package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import java.util.List;

/** Sends the bot's messages out through one platform's API. */
public interface ChannelGateway {
    /**
     * Called as work on an event begins; the returned handle is closed when the answer is ready. Lets a
     * channel show a "typing" indicator only when an answer is slow.
     */
    default AutoCloseable processing(InboundEvent event) {
        return () -> { };
    }

    /** Answers {@code cause}. Throws {@link DeliveryException} when the platform refused or could not be reached. */
    void answer(InboundEvent cause, List<OutboundMessage> messages);
}
