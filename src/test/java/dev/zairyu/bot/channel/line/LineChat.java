package dev.zairyu.bot.channel.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;

/**
 * One person talking to the whole bot over LINE: signed webhooks in, the reply requests LINE's (fake) API
 * receives out. Taps and picks use the quick replies of the bot's last reply, as the LINE app would.
 */
final class LineChat implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "U0123456789abcdef0123456789abcdef";

    private final FakeLine line = new FakeLine();
    private final RunningBot bot;
    private final List<JsonNode> sent = new ArrayList<>();
    private int turn;

    LineChat(LocalDate today) {
        this.bot = RunningBot.withLine(line, TestContent.clockAt(today));
    }

    JsonNode follow() {
        return send(LineSigning.follow(eventId(), USER, token()));
    }

    JsonNode say(String text) {
        return send(LineSigning.text(eventId(), USER, token(), text));
    }

    /** Taps the quick reply with this label (or this value at the end of its postback data). */
    JsonNode tap(String labelOrValue) {
        for (JsonNode action : quickReplyActions()) {
            if (action.path("type").asText().equals("postback") && (action.path("label").asText().equals(labelOrValue)
                    || action.path("data").asText().endsWith("|" + labelOrValue))) {
                return send(LineSigning.postback(eventId(), USER, token(), action.get("data").asText(), null));
            }
        }
        throw new AssertionError("no quick reply '" + labelOrValue + "' in " + quickReplyActions());
    }

    /** Picks a date with the date picker of the bot's last reply. */
    JsonNode pick(LocalDate date) {
        for (JsonNode action : quickReplyActions()) {
            if (action.path("type").asText().equals("datetimepicker")) {
                return send(LineSigning.postback(eventId(), USER, token(), action.get("data").asText(), date.toString()));
            }
        }
        throw new AssertionError("no date picker in " + quickReplyActions());
    }

    /** The actions of every quick reply in the bot's last reply. */
    List<JsonNode> quickReplyActions() {
        List<JsonNode> actions = new ArrayList<>();
        for (JsonNode message : last().path("messages")) {
            message.path("quickReply").path("items").forEach(item -> actions.add(item.path("action")));
        }
        return actions;
    }

    /** Everything the bot said in its last reply, bubbles joined by newlines. */
    String lastText() {
        List<String> texts = new ArrayList<>();
        last().path("messages").forEach(message -> texts.add(message.path("text").asText()));
        return String.join("\n", texts);
    }

    /** Every reply request body LINE received, in order. */
    List<JsonNode> sent() {
        return List.copyOf(sent);
    }

    private JsonNode send(String event) {
        byte[] body = LineSigning.event(event);
        int status = bot.post("/webhooks/line", body, LineSigning.headers(body)).statusCode();
        if (status != 200) {
            throw new AssertionError("webhook answered " + status);
        }
        JsonNode reply = nextReply();
        if (!reply.path("replyToken").asText().equals(token(turn))) {
            throw new AssertionError("expected the reply to turn " + turn + ", got " + reply);
        }
        sent.add(reply);
        return reply;
    }

    private JsonNode nextReply() {
        RecordedRequest request = line.nextMessage();
        if (request == null) {
            throw new AssertionError("LINE received no reply to turn " + turn);
        }
        if (!request.getTarget().equals("/v2/bot/message/reply")) {
            throw new AssertionError("expected a reply, LINE received " + request.getMethod() + " " + request.getTarget());
        }
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode last() {
        if (sent.isEmpty()) {
            throw new AssertionError("the bot has not replied yet");
        }
        return sent.get(sent.size() - 1);
    }

    private String eventId() {
        turn++;
        return "01TURN" + turn;
    }

    private String token() {
        return token(turn);
    }

    private static String token(int turn) {
        return "reply-token-" + turn;
    }

    @Override
    public void close() {
        bot.close();
        line.close();
    }
}
