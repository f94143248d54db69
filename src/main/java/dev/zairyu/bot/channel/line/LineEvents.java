package dev.zairyu.bot.channel.line;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UserSource;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Maps LINE webhook events to channel-free {@link InboundEvent}s. Only one-to-one chats are mapped:
 * residence details do not belong in a group, and any event type the bot does not use (stickers,
 * images, joins, types LINE adds later) is ignored rather than failing the batch.
 */
final class LineEvents {
    private LineEvents() {
    }

    static Optional<InboundEvent> toInbound(Event event) {
        if (!(event.source() instanceof UserSource source) || source.userId() == null) {
            return Optional.empty();
        }
        UserRef user = new UserRef(Channel.LINE, source.userId());
        Instant at = event.timestamp() == null ? Instant.EPOCH : Instant.ofEpochMilli(event.timestamp());
        if (event instanceof FollowEvent follow) {
            return Optional.of(inbound(event, user, at, follow.replyToken(), new InboundEvent.Follow()));
        }
        if (event instanceof UnfollowEvent) {
            return Optional.of(inbound(event, user, at, null, new InboundEvent.Unfollow()));
        }
        if (event instanceof MessageEvent message && message.message() instanceof TextMessageContent text
                && text.text() != null) {
            return Optional.of(inbound(event, user, at, message.replyToken(), new InboundEvent.Text(text.text())));
        }
        if (event instanceof PostbackEvent postback && postback.postback() != null && postback.postback().data() != null) {
            return Optional.of(inbound(event, user, at, postback.replyToken(),
                    new InboundEvent.Postback(postback.postback().data(), pickedDate(postback.postback().params()))));
        }
        return Optional.empty();
    }

    private static InboundEvent inbound(Event event, UserRef user, Instant at, String replyToken,
                                        InboundEvent.Payload payload) {
        return new InboundEvent(eventId(event, user, at, payload), user, at, replyToken, null, payload);
    }

    /**
     * LINE's webhookEventId de-duplicates redeliveries. Old payloads lack it; for them an id is derived
     * from what a redelivery repeats exactly (user, time, kind), which serves the same purpose.
     */
    private static String eventId(Event event, UserRef user, Instant at, InboundEvent.Payload payload) {
        if (event.webhookEventId() != null && !event.webhookEventId().isBlank()) {
            return event.webhookEventId();
        }
        return "derived-" + user.id() + "-" + at.toEpochMilli() + "-" + payload.getClass().getSimpleName();
    }

    private static LocalDate pickedDate(Map<String, String> params) {
        if (params == null || params.get("date") == null) {
            return null;
        }
        try {
            return LocalDate.parse(params.get("date"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
