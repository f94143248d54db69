package dev.zairyu.bot.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One speech bubble from the bot, channel-free: text plus, optionally, tappable choices and a date picker.
 * Gateways render it (LINE quick replies, Slack buttons, web buttons).
 */
public record OutboundMessage(String text, List<Choice> choices, DateRequest dateRequest) {
    public OutboundMessage {
        Objects.requireNonNull(text, "text");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static OutboundMessage text(String text) {
        return new OutboundMessage(text, List.of(), null);
    }

    public boolean hasInteraction() {
        return !choices.isEmpty() || dateRequest != null;
    }

    /** @param data what comes back when tapped, as {@link InboundEvent.Postback#data()} */
    public record Choice(String label, String data) {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
        }
    }

    public record DateRequest(String label, String data, LocalDate initial, LocalDate min, LocalDate max) {
        public DateRequest {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(data, "data");
        }
    }
}
