package dev.zairyu.bot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.web.BoundedBody;
import dev.zairyu.bot.web.Metrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/slack}: the Events API and interactivity. The signature is checked on the raw
 * bytes first (forged, stale or future-dated → 401); {@code url_verification} is answered with its
 * challenge; events are stored in the inbox before the 200 (Slack's retries of an event already stored
 * are acknowledged and dropped there, by event id). Nothing of the body is logged.
 */
public final class SlackWebhook implements Handler {
    private static final Logger log = LoggerFactory.getLogger(SlackWebhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SlackSignature signature;
    private final Clock clock;
    private final Function<List<InboundEvent>, CompletableFuture<?>> accept;

    private final Metrics metrics;

    public SlackWebhook(String signingSecret, Clock clock, Metrics metrics, Function<List<InboundEvent>, CompletableFuture<?>> accept) {
        this.metrics = metrics;
        this.signature = new SlackSignature(signingSecret, clock);
        this.clock = clock;
        this.accept = accept;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        byte[] body = BoundedBody.read(ctx);
        if (body == null) {
            metrics.webhook("slack", "too_large");
            return;
        }
        SlackSignature.Verdict verdict = signature.verify(ctx.header("X-Slack-Request-Timestamp"), body, ctx.header("X-Slack-Signature"));
        if (verdict != SlackSignature.Verdict.VALID) {
            log.info("Slack request refused: {}", verdict.name().toLowerCase(java.util.Locale.ROOT));
            ctx.status(HttpStatus.UNAUTHORIZED).contentType("application/json").result("{\"error\":\"invalid request\"}");
            metrics.webhook("slack", "unauthorized");
            return;
        }
        JsonNode payload;
        try {
            payload = parse(ctx.header("Content-Type"), body);
        } catch (IOException | IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("application/json").result("{\"error\":\"malformed body\"}");
            metrics.webhook("slack", "malformed");
            return;
        }
        String type = payload.path("type").asText();
        if (type.equals("url_verification")) {
            ctx.contentType("text/plain").result(payload.path("challenge").asText());
            return;
        }
        Optional<InboundEvent> event = switch (type) {
            case "event_callback" -> SlackEvents.fromCallback(payload);
            case "block_actions" -> SlackEvents.fromBlockActions(payload, clock.instant());
            default -> Optional.empty();
        };
        if (event.isEmpty()) {
            metrics.webhook("slack", "ignored");
            ok(ctx);
            return;
        }
        ctx.future(() -> accept.apply(List.of(event.get())).handle((stored, failure) -> {
            if (failure == null) {
                metrics.webhook("slack", "accepted");
                ok(ctx);
            } else {
                metrics.webhook("slack", "unavailable");
                log.error("Slack event not stored; answering 503", failure);
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("application/json").result("{\"error\":\"try again\"}");
            }
            return null;
        }));
    }

    /** JSON for the Events API; {@code payload=<json>} form encoding for interactivity. */
    private static JsonNode parse(String contentType, byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : text.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals("payload")) {
                    return JSON.readTree(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            throw new IOException("no payload");
        }
        JsonNode node = JSON.readTree(body);
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        return node;
    }

    private static void ok(Context ctx) {
        ctx.status(HttpStatus.OK).contentType("application/json").result("{}");
    }
}
