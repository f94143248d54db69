package dev.zairyu.bot.channel.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zairyu.bot.domain.OutboundMessage;

/** Renders a channel-free message as Block Kit: a section of text, then buttons and a date picker. */
final class SlackBlocks {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Slack's limits: 3,000 characters of section text; button text 75. */
    private static final int MAX_SECTION = 3000;
    private static final int MAX_BUTTON = 75;

    private SlackBlocks() {
    }

    /** Slack takes at most 50 blocks in a message. */
    private static final int MAX_BLOCKS = 50;

    /** The bubbles of one turn as one message: their texts as sections, the last one's buttons and date picker after. */
    static ObjectNode message(String channel, java.util.List<OutboundMessage> messages) {
        ObjectNode body = NODES.objectNode();
        body.put("channel", channel);
        body.put("text", String.join("\n\n", messages.stream().map(OutboundMessage::text).toList()));
        ArrayNode blocks = body.putArray("blocks");
        for (OutboundMessage message : messages) {
            String text = message.text();
            for (int start = 0; start < text.length() && blocks.size() < MAX_BLOCKS - 2; start += MAX_SECTION) {
                int end = Math.min(text.length(), start + MAX_SECTION);
                if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
                ObjectNode section = blocks.addObject();
                section.put("type", "section");
                ObjectNode content = section.putObject("text");
                content.put("type", "plain_text");
                content.put("text", text.substring(start, end));
                start = end - MAX_SECTION;
            }
        }
        OutboundMessage message = messages.get(messages.size() - 1);
        if (!message.choices().isEmpty()) {
            ObjectNode actions = blocks.addObject();
            actions.put("type", "actions");
            ArrayNode elements = actions.putArray("elements");
            int i = 0;
            for (OutboundMessage.Choice choice : message.choices()) {
                ObjectNode button = elements.addObject();
                button.put("type", "button");
                button.put("action_id", "choice-" + i++);
                button.put("value", choice.data());
                ObjectNode label = button.putObject("text");
                label.put("type", "plain_text");
                label.put("text", choice.label().length() > MAX_BUTTON
                        ? choice.label().substring(0, Character.isHighSurrogate(choice.label().charAt(MAX_BUTTON - 1)) ? MAX_BUTTON - 1 : MAX_BUTTON)
                        : choice.label());
            }
        }
        if (message.dateRequest() != null) {
            OutboundMessage.DateRequest date = message.dateRequest();
            ObjectNode actions = blocks.addObject();
            actions.put("type", "actions");
            actions.put("block_id", date.data());
            ObjectNode picker = actions.putArray("elements").addObject();
            picker.put("type", "datepicker");
            picker.put("action_id", "date");
            if (date.initial() != null) {
                picker.put("initial_date", date.initial().toString());
            }
            ObjectNode placeholder = picker.putObject("placeholder");
            placeholder.put("type", "plain_text");
            placeholder.put("text", date.label());
        }
        return body;
    }
}
