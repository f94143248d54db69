package dev.zairyu.bot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.UserRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps Slack's Events API callbacks and interactivity payloads to channel-free {@link InboundEvent}s:
 * direct messages and mentions become text, button clicks and date picks become postbacks. Messages
 * from bots (ours included) and every other event type are ignored.
 */
final class SlackEvents {
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+>");

    private SlackEvents() {
    }

    /** An {@code event_callback} envelope. */
    static Optional<InboundEvent> fromCallback(JsonNode envelope) {
        JsonNode event = envelope.path("event");
        String type = event.path("type").asText();
        String user = event.path("user").asText("");
        String eventId = envelope.path("event_id").asText("");
        if (user.isEmpty() || eventId.isEmpty() || event.hasNonNull("bot_id") || !event.path("subtype").asText("").isEmpty()) {
            return Optional.empty();
        }
        boolean directMessage = type.equals("message") && event.path("channel_type").asText().equals("im");
        if (!directMessage && !type.equals("app_mention")) {
            return Optional.empty();
        }
        String text = MENTION.matcher(event.path("text").asText("")).replaceAll("").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long seconds = envelope.path("event_time").asLong(0);
        Instant at = seconds > 0 && seconds < Instant.MAX.getEpochSecond() ? Instant.ofEpochSecond(seconds) : Instant.EPOCH;
        return Optional.of(new InboundEvent(eventId, new UserRef(Channel.SLACK, user), at, null, null, new InboundEvent.Text(text)));
    }

    /** A {@code block_actions} interactivity payload: the first action, a button or a date picker. */
    static Optional<InboundEvent> fromBlockActions(JsonNode payload, Instant now) {
        String user = payload.path("user").path("id").asText("");
        JsonNode action = payload.path("actions").path(0);
        if (user.isEmpty() || action.isMissingNode()) {
            return Optional.empty();
        }
        String id = payload.path("trigger_id").asText("") + "/" + action.path("action_ts").asText("");
        InboundEvent.Payload postback;
        if (action.path("type").asText().equals("datepicker")) {
            LocalDate date;
            try {
                date = LocalDate.parse(action.path("selected_date").asText());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            postback = new InboundEvent.Postback(action.path("block_id").asText(""), date);
        } else {
            String value = action.path("value").asText("");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            postback = new InboundEvent.Postback(value, null);
        }
        return Optional.of(new InboundEvent("action-" + id, new UserRef(Channel.SLACK, user), now, null, null, postback));
    }
}
