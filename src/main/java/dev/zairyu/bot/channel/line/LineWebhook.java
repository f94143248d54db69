package dev.zairyu.bot.channel.line;

import com.linecorp.bot.parser.LineSignatureValidator;
import com.linecorp.bot.parser.SignatureValidator;
import com.linecorp.bot.parser.WebhookParseException;
import com.linecorp.bot.parser.WebhookParser;
import com.linecorp.bot.webhook.model.CallbackRequest;
import com.linecorp.bot.webhook.model.Event;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.web.BoundedBody;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/line}: verify the signature over the raw bytes before anything else, parse with
 * the SDK, map to domain events, hand them on, acknowledge. Nothing of the body is logged.
 */
public final class LineWebhook implements Handler {
    private static final Logger log = LoggerFactory.getLogger(LineWebhook.class);

    private final WebhookParser parser;
    private final Consumer<List<InboundEvent>> accepted;

    /** @param accepted receives each request's events; must not block (it is called on the request thread) */
    public LineWebhook(String channelSecret, Consumer<List<InboundEvent>> accepted) {
        SignatureValidator sdk = new LineSignatureValidator(channelSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        this.parser = new WebhookParser((payload, signature) -> {
            if (!sdk.validateSignature(payload, signature)) {
                throw new ForgedSignature();
            }
            return true;
        });
        this.accepted = accepted;
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
            return;
        }
        String signature = ctx.header(WebhookParser.SIGNATURE_HEADER_NAME);
        if (signature == null || signature.isBlank()) {
            reject(ctx, HttpStatus.UNAUTHORIZED, "missing signature");
            return;
        }
        CallbackRequest callback;
        try {
            callback = parser.handle(signature, body);
        } catch (ForgedSignature e) {
            reject(ctx, HttpStatus.UNAUTHORIZED, "invalid signature");
            return;
        } catch (WebhookParseException | IOException e) {
            reject(ctx, HttpStatus.BAD_REQUEST, "malformed webhook body");
            return;
        }
        List<InboundEvent> events = new ArrayList<>(callback.events().size());
        for (Event event : callback.events()) {
            LineEvents.toInbound(event).ifPresent(events::add);
        }
        if (!events.isEmpty()) {
            accepted.accept(events);
        }
        ctx.status(HttpStatus.OK).contentType("application/json").result("{}");
    }

    private static void reject(Context ctx, HttpStatus status, String why) {
        log.info("LINE webhook refused: {}", why);
        ctx.status(status).contentType("application/json").result("{\"error\":\"" + why + "\"}");
    }
}
