package dev.zairyu.bot.channel.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zairyu.bot.dispatch.ChannelGateway;
import dev.zairyu.bot.dispatch.DeliveryException;
import dev.zairyu.bot.dispatch.RateLimiter;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Answers on Slack through the Web API: {@code chat.postMessage} to the person's direct-message channel
 * with Block Kit (buttons for choices, a date picker for dates), at most one message a second per
 * channel as Slack asks, and {@code users.info} for the person's locale. A 429 is retried after the
 * {@code Retry-After} Slack gives.
 */
public final class SlackGateway implements ChannelGateway {
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final String token;
    private final Cache<String, RateLimiter> perChannel = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final com.github.benmanes.caffeine.cache.AsyncCache<String, String> locales = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(1)).buildAsync();

    public SlackGateway(String botToken, String baseUrl) {
        this.token = botToken;
        this.baseUrl = HttpUrl.get(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(12)).build();
    }

    /**
     * One outbox entry is one Slack message (its bubbles as sections, the last one's buttons at the end):
     * then a retry after a failure cannot post part of it twice, since Slack has no retry key.
     */
    @Override
    public void deliver(UserRef user, String replyToken, UUID retryKey, List<OutboundMessage> messages) {
        perChannel.get(user.id(), id -> new RateLimiter(1)).acquire();
        post("chat.postMessage", SlackBlocks.message(user.id(), messages));
    }

    /** The person's Slack locale (e.g. {@code ja-JP}), asked once and remembered. */
    @Override
    public java.util.concurrent.CompletableFuture<Optional<String>> languageHint(UserRef user) {
        return locales.get(user.id(), (id, executor) -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                JsonNode answer = call(new Request.Builder().url(baseUrl.newBuilder().addPathSegment("users.info")
                        .addQueryParameter("user", id).addQueryParameter("include_locale", "true").build()).get());
                return answer.path("user").path("locale").asText("");
            } catch (DeliveryException e) {
                return "";
            }
        }, executor)).thenApply(locale -> locale.isEmpty() ? Optional.<String>empty() : Optional.of(locale));
    }

    private void post(String method, JsonNode body) {
        call(new Request.Builder().url(baseUrl.resolve(method)).post(RequestBody.create(body.toString(), JSON_TYPE)));
    }

    private JsonNode call(Request.Builder request) {
        try (Response response = http.newCall(request.header("Authorization", "Bearer " + token).build()).execute()) {
            if (response.code() == 429) {
                long wait = parseSeconds(response.header("Retry-After"));
                throw new DeliveryException("Slack rate limit", 429, true, null, Duration.ofSeconds(wait));
            }
            if (response.code() >= 500) {
                throw new DeliveryException("Slack answered " + response.code(), response.code(), true, null);
            }
            JsonNode answer = JSON.readTree(response.body().bytes());
            if (!answer.path("ok").asBoolean(false)) {
                String error = answer.path("error").asText("unknown");
                boolean retryable = error.equals("ratelimited") || error.equals("service_unavailable") || error.equals("request_timeout");
                throw new DeliveryException("Slack refused: " + error, response.code(), retryable, null);
            }
            return answer;
        } catch (IOException e) {
            throw new DeliveryException("Slack unreachable: " + e.getClass().getSimpleName(), 0, true, e);
        }
    }

    private static long parseSeconds(String header) {
        try {
            return header == null ? 1 : Math.max(1, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
