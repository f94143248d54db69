package dev.zairyu.bot.channel.line;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import dev.zairyu.bot.dispatch.ChannelGateway;
import dev.zairyu.bot.dispatch.DeliveryException;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers on LINE through the Messaging API (the SDK's client): replies, or pushes with a retry key. */
public final class LineGateway implements ChannelGateway {
    private static final Logger log = LoggerFactory.getLogger(LineGateway.class);
    /** Together with the connect timeout, shorter than OutboxSender's claim on an entry. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);
    /** LINE shows the animation for this long at most, or until our answer arrives. */
    private static final int LOADING_SECONDS = 20;

    private final MessagingApiClient client;
    private final ScheduledExecutorService timer;
    private final Duration slowAfter;
    /** Profile languages: asked once per person (the first time we hear from them), then remembered. */
    private final com.github.benmanes.caffeine.cache.AsyncCache<String, String> languages =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofDays(1)).buildAsync();
    private static final String UNKNOWN = "";

    /** Calls to the Messaging API in flight at once: at least the number of delivery threads. */
    static final int CONCURRENT_CALLS = 64;

    public LineGateway(MessagingApiClient client, ScheduledExecutorService timer, Duration slowAfter) {
        this.client = client;
        this.timer = timer;
        this.slowAfter = slowAfter;
    }

    public static MessagingApiClient client(String accessToken, URI baseUrl) {
        return MessagingApiClient.builder(accessToken)
                .apiEndPoint(baseUrl)
                .usingDefaultLogger(false)
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(CALL_TIMEOUT)
                // OkHttp allows 5 calls at once to one host by default: every delivery goes to one host.
                .maxRequests(CONCURRENT_CALLS)
                .maxRequestsPerHost(CONCURRENT_CALLS)
                .build();
    }

    /** The language set in the person's LINE app, from their profile; empty when LINE does not say. */
    @Override
    public java.util.concurrent.CompletableFuture<java.util.Optional<String>> languageHint(UserRef user) {
        return languages.get(user.id(), (id, executor) -> client.getProfile(id)
                .thenApply(result -> result.body() == null || result.body().language() == null ? UNKNOWN : result.body().language())
                .exceptionally(e -> UNKNOWN))
                .thenApply(language -> language.isEmpty() ? java.util.Optional.<String>empty() : java.util.Optional.of(language));
    }

    /** Shows LINE's loading animation, but only if the answer is not ready within {@code slowAfter}. */
    @Override
    public AutoCloseable processing(UserRef user) {
        ScheduledFuture<?> pending = timer.schedule(() -> showLoading(user.id()), slowAfter.toMillis(), TimeUnit.MILLISECONDS);
        return () -> pending.cancel(false);
    }

    private void showLoading(String userId) {
        client.showLoadingAnimation(new ShowLoadingAnimationRequest(userId, LOADING_SECONDS))
                .exceptionally(e -> {
                    log.debug("loading animation not shown", e);
                    return null;
                });
    }

    @Override
    public void deliver(UserRef user, String replyToken, UUID retryKey, List<OutboundMessage> messages) {
        List<Message> rendered = LineMessages.render(messages);
        if (replyToken != null) {
            await(client.replyMessage(new ReplyMessageRequest(replyToken, rendered, false)));
            return;
        }
        try {
            await(client.pushMessage(retryKey, new PushMessageRequest(user.id(), rendered, false, null)));
        } catch (DeliveryException e) {
            // 409: LINE already accepted a push with this retry key, so an earlier attempt got through.
            if (e.status() != 409) {
                throw e;
            }
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> call) {
        try {
            return call.get(CALL_TIMEOUT.toSeconds() + 2, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new DeliveryException("LINE API timed out", 0, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", 0, true, e);
        }
    }

    static DeliveryException failure(Throwable cause) {
        if (cause instanceof AbstractLineClientException api) {
            int status = api.getCode();
            return new DeliveryException("LINE API answered " + status, status, status == 429 || status >= 500, api);
        }
        return new DeliveryException("LINE API unreachable: " + cause.getClass().getSimpleName(), 0, true, cause);
    }
}
