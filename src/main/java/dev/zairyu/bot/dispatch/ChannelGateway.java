package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.util.List;
import java.util.UUID;

/** Sends the bot's messages out through one platform's API. */
public interface ChannelGateway {
    /**
     * Called as work for a person begins; the handle is closed when their answer is on its way. Lets a
     * channel show a "typing" indicator only when an answer is slow.
     */
    default AutoCloseable processing(UserRef user) {
        return () -> { };
    }

    /**
     * The language the platform says the person uses (LINE profile, Slack locale), asked once per person
     * and remembered; empty when unknown. Asynchronous: no turn waits on a slow platform for it.
     */
    default java.util.concurrent.CompletableFuture<java.util.Optional<String>> languageHint(UserRef user) {
        return java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty());
    }

    /**
     * Delivers one batch of messages: as a reply when {@code replyToken} is set, else as a push carrying
     * {@code retryKey}, which stays the same across attempts so the platform can drop a duplicate.
     * Throws {@link DeliveryException} when the platform refused or could not be reached.
     */
    void deliver(UserRef user, String replyToken, UUID retryKey, List<OutboundMessage> messages);
}
