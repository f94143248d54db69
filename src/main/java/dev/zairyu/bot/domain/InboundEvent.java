package dev.zairyu.bot.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a person did, with every channel detail already stripped by the adapter.
 *
 * @param eventId     the platform's id for de-duplication (LINE webhookEventId, Slack event_id, or generated)
 * @param replyToken  a one-time handle for answering cheaply (LINE reply token); null when the channel has none
 * @param localeHint  the language the platform says the person uses (BCP 47), or null
 */
public record InboundEvent(String eventId, UserRef user, Instant at, String replyToken, String localeHint,
                           Payload payload) {
    public InboundEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(payload, "payload");
    }

    public sealed interface Payload permits Follow, Unfollow, Text, Postback, ReminderDue {
    }

    /** The person added the bot (LINE follow, first Slack DM, web chat opened). */
    public record Follow() implements Payload {
    }

    /** The person blocked or removed the bot: forget them. */
    public record Unfollow() implements Payload {
    }

    public record Text(String text) implements Payload {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A scheduled reminder fell due; it reaches the engine like a message, so it takes the same path. */
    public record ReminderDue(String kind) implements Payload {
        public ReminderDue {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A tapped choice; {@code date} is set when it came from a date picker. */
    public record Postback(String data, LocalDate date) implements Payload {
        public Postback {
            Objects.requireNonNull(data, "data");
        }
    }
}
