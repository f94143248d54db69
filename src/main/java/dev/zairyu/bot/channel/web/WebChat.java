package dev.zairyu.bot.channel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.web.BoundedBody;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import dev.zairyu.bot.domain.Transition;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The local web chat: {@code GET /} serves the page, {@code POST /chat/turn} runs one turn and answers
 * with the bot's messages. Same engine and storage as the other channels (channel {@code web}).
 */
public final class WebChat {
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final ConversationService conversations;
    private final Clock clock;
    private final java.util.function.Function<String, Map<String, String>> ui;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final byte[] page;

    /** @param ui the page's own words (title, placeholder, button) in a language */
    public WebChat(ConversationService conversations, Clock clock, java.util.function.Function<String, Map<String, String>> ui)
            throws IOException {
        this.conversations = conversations;
        this.clock = clock;
        this.ui = ui;
        try (InputStream in = WebChat.class.getResourceAsStream("/web/index.html")) {
            if (in == null) {
                throw new IOException("web/index.html is missing from the classpath");
            }
            this.page = in.readAllBytes();
        }
    }

    record TurnRequest(String user, String text, String data, LocalDate date, Boolean open) {
    }

    /** @param language the conversation's language now; @param ui the page's own words in it */
    record TurnResponse(List<Bubble> messages, String language, Map<String, String> ui) {
    }

    record Bubble(String text, List<OutboundMessage.Choice> choices, OutboundMessage.DateRequest date) {
    }

    public void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }

    public void turn(Context ctx) throws IOException {
        byte[] body = BoundedBody.read(ctx);
        if (body == null) {
            return;
        }
        TurnRequest request;
        try {
            request = json.readValue(body, TurnRequest.class);
        } catch (IOException e) {
            badRequest(ctx, "malformed JSON");
            return;
        }
        if (request == null || request.user() == null || !USER_ID.matcher(request.user()).matches()) {
            badRequest(ctx, "user must be 8 to 64 letters, digits, '-' or '_'");
            return;
        }
        InboundEvent.Payload payload;
        if (Boolean.TRUE.equals(request.open())) {
            payload = new InboundEvent.Follow();
        } else if (request.data() != null) {
            payload = new InboundEvent.Postback(request.data(), request.date());
        } else if (request.text() != null && !request.text().isBlank()) {
            payload = new InboundEvent.Text(request.text());
        } else {
            badRequest(ctx, "send text, data or open");
            return;
        }
        String locale = ctx.header("Accept-Language");
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), new UserRef(Channel.WEB, request.user()),
                clock.instant(), null, locale == null ? null : locale.split(",")[0].split(";")[0].strip(), payload);
        Transition transition = conversations.handle(event);
        List<Bubble> bubbles = transition.messages().stream()
                .map(m -> new Bubble(m.text(), m.choices().isEmpty() ? null : m.choices(), m.dateRequest()))
                .toList();
        String language = transition.state().language();
        ctx.contentType("application/json").result(json.writeValueAsBytes(new TurnResponse(bubbles, language, ui.apply(language))));
    }

    private static void badRequest(Context ctx, String why) {
        ctx.status(HttpStatus.BAD_REQUEST).contentType("application/json").result("{\"error\":\"" + why + "\"}");
    }

}
