package dev.zairyu.bot.channel.line;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.SignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.web.BoundedBody;
import dev.zairyu.bot.web.Metrics;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/line}: verify the signature over the raw bytes before anything else, parse with
 * the SDK, map to domain events, store them durably, then acknowledge. Nothing of the body is logged.
 */
public final class LineWebhook implements Handler {
    private static final Logger log = LoggerFactory.getLogger(LineWebhook.class);

    private final WebhookParser parser;
    private final Function<List<InboundEvent>, CompletableFuture<?>> accept;

    /**
     * @param accept stores each request's events durably; the 200 goes back when its future completes,
     *               without holding the request thread meanwhile
     */
    private final Metrics metrics;

    public LineWebhook(String channelSecret, Metrics metrics, Function<List<InboundEvent>, CompletableFuture<?>> accept) {
        this.metrics = metrics;
        SignatureValidator sdk = new LineSignatureValidator(channelSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        this.parser = new WebhookParser((payload, signature) -> {
            if (!sdk.validateSignature(payload, signature)) {
                throw new ForgedSignature();
            }
            return true;
        });
        this.accept = accept;
    }

    /** Thrown through the SDK's parser so a bad signature and bad content stay distinguishable. */
    private static final class ForgedSignature extends RuntimeException {
        ForgedSignature() {
            super("signature does not match", null, false, false);
        }
    }

    @Override
    public void handle(Context ctx) throws IOException {
        byte[] body = BoundedBody.read(ctx);
        if (body == null) {
            metrics.webhook("line", "too_large");
            return;
        }
        String signature = ctx.header(WebhookParser.SIGNATURE_HEADER_NAME);
        if (signature == null || signature.isBlank()) {
            reject(ctx, HttpStatus.UNAUTHORIZED, "missing signature");
            metrics.webhook("line", "unauthorized");
            return;
        }
        CallbackRequest callback;
        try {
            callback = parser.handle(signature, body);
        } catch (ForgedSignature e) {
            reject(ctx, HttpStatus.UNAUTHORIZED, "invalid signature");
            metrics.webhook("line", "unauthorized");
            return;
        } catch (WebhookParseException | IOException e) {
            reject(ctx, HttpStatus.BAD_REQUEST, "malformed webhook body");
            metrics.webhook("line", "malformed");
            return;
        }
        List<InboundEvent> events = new ArrayList<>(callback.events().size());
        for (Event event : callback.events()) {
            LineEvents.toInbound(event).ifPresent(events::add);
        }
        if (events.isEmpty()) {
            metrics.webhook("line", "ignored");
            ok(ctx);
            return;
        }
        ctx.future(() -> accept.apply(events).handle((stored, failure) -> {
            if (failure == null) {
                metrics.webhook("line", "accepted");
                ok(ctx);
            } else {
                // Not stored, so not acknowledged: LINE redelivers, nothing is lost.
                log.error("LINE events not stored; answering 503", failure);
                metrics.webhook("line", "unavailable");
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).contentType("application/json").result("{\"error\":\"try again\"}");
            }
            return null;
        }));
    }

    private static void ok(Context ctx) {
        ctx.status(HttpStatus.OK).contentType("application/json").result("{}");
    }

    private static void reject(Context ctx, HttpStatus status, String why) {
        log.info("LINE webhook refused: {}", why);
        ctx.status(status).contentType("application/json").result("{\"error\":\"" + why + "\"}");
    }
}
