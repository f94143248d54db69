package dev.zairyu.bot.testing;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Slack's Web API, faked at its HTTP boundary: {@code chat.postMessage} answers {@code ok} (or what a
 * test planned), {@code users.info} answers a profile with the locale a test set (English by default),
 * any other method {@code unknown_method}. Every request is recorded, in arrival order.
 */
public final class FakeSlack implements AutoCloseable {
    /** The signing secret bolt's own tests use; the derived fixture vectors are computed with it. */
    public static final String SIGNING_SECRET = "foo-bar-baz";
    public static final String BOT_TOKEN = "xoxb-test";
    public static final String DEFAULT_LOCALE = "en-US";

    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<RecordedRequest> all = new LinkedBlockingQueue<>();
    private final BlockingQueue<RecordedRequest> posts = new LinkedBlockingQueue<>();
    private final List<RecordedRequest> userInfoCalls = new CopyOnWriteArrayList<>();
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    private final Queue<MockResponse> plannedPosts = new ConcurrentLinkedQueue<>();
    private final java.util.Set<String> unanswered = ConcurrentHashMap.newKeySet();

    public FakeSlack() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                all.add(request);
                String path = request.getUrl().encodedPath();
                if (path.equals("/api/chat.postMessage")) {
                    posts.add(request);
                    MockResponse planned = plannedPosts.poll();
                    return planned != null ? planned
                            : json(200, "{\"ok\":true,\"channel\":\"D0000000001\",\"ts\":\"1764000000.000100\"}");
                }
                if (path.equals("/api/users.info")) {
                    userInfoCalls.add(request);
                    String user = request.getUrl().queryParameter("user");
                    String locale = user == null ? DEFAULT_LOCALE : locales.getOrDefault(user, DEFAULT_LOCALE);
                    if (user != null && unanswered.contains(user)) {
                        return new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.HOURS).body("{}").build();
                    }
                    return json(200, "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\"someone\",\"is_bot\":false,"
                            + "\"locale\":\"" + locale + "\"}}");
                }
                return json(200, "{\"ok\":false,\"error\":\"unknown_method\"}");
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
    }

    /** The bot's environment: Slack on, its Web API pointed here. */
    public Map<String, String> env() {
        return Map.of(
                "SLACK_SIGNING_SECRET", SIGNING_SECRET,
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_API_BASE_URL", apiBaseUrl());
    }

    public String apiBaseUrl() {
        return server.url("/api/").toString();
    }

    /** What {@code users.info} says this person's locale is. */
    public void locale(String userId, String locale) {
        locales.put(userId, locale);
    }

    /** {@code users.info} for this person gets no answer at all (the bot's call stays in flight until it gives up). */
    public void neverAnswerUsersInfo(String userId) {
        unanswered.add(userId);
    }

    /** The next {@code chat.postMessage} is answered 429 (rate limited) with this {@code Retry-After}; then ok again. */
    public void rateLimitNextPost(int retryAfterSeconds) {
        plannedPosts.add(new MockResponse.Builder().code(429).addHeader("Retry-After", String.valueOf(retryAfterSeconds))
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());
    }

    /** The next {@code chat.postMessage} calls are answered ok, except one answered 429 after {@code okFirst} of them. */
    public void rateLimitPostAfter(int okFirst, int retryAfterSeconds) {
        for (int i = 0; i < okFirst; i++) {
            plannedPosts.add(json(200, "{\"ok\":true,\"channel\":\"D0000000001\",\"ts\":\"1764000000.000200\"}"));
        }
        rateLimitNextPost(retryAfterSeconds);
    }

    /** The next request of any method, or null if none arrives within 10 s. */
    public RecordedRequest next() {
        return take(all, 10);
    }

    /**
     * The next {@code chat.postMessage}, or null if none arrives within 10 s. Other calls that came before
     * it count as taken with it, so {@link #next()} then answers what came after.
     */
    public RecordedRequest nextPost() {
        return nextPost(10);
    }

    public RecordedRequest nextPost(long seconds) {
        return take(posts, seconds);
    }

    private RecordedRequest take(BlockingQueue<RecordedRequest> queue, long seconds) {
        try {
            RecordedRequest request = queue.poll(seconds, TimeUnit.SECONDS);
            if (request != null && queue == all) {
                posts.remove(request);
            } else if (request != null) {
                // Whatever arrived before this post (users.info calls) has been passed over with it.
                RecordedRequest earlier;
                do {
                    earlier = all.poll();
                } while (earlier != null && earlier != request);
            }
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code users.info} call so far. */
    public List<RecordedRequest> userInfoCalls() {
        return List.copyOf(userInfoCalls);
    }

    @Override
    public void close() {
        server.close();
    }
}
