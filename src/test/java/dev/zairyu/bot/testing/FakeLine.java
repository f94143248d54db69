package dev.zairyu.bot.testing;

import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** LINE's Messaging API, faked at its HTTP boundary: answers 200 to everything and records what it got. */
public final class FakeLine implements AutoCloseable {
    public static final String SECRET = "SECRET";
    public static final String TOKEN = "TOKEN";

    private final MockWebServer server = new MockWebServer();
    private final java.util.Queue<Integer> planned = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean hanging;

    public FakeLine() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean message = request.getTarget() != null && request.getTarget().startsWith("/v2/bot/message/");
                if (message && hanging) {
                    return new MockResponse.Builder().code(200).headersDelay(1, TimeUnit.HOURS).body("{}").build();
                }
                Integer status = message ? planned.poll() : null;
                int code = status == null ? 200 : status;
                return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                        .body(code == 200 ? "{\"sentMessages\":[]}" : "{\"message\":\"planned failure " + code + "\"}").build();
            }
        });
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next reply or push calls get these statuses, in order; then 200 again. */
    public void answerMessagesWith(int... statuses) {
        for (int status : statuses) {
            planned.add(status);
        }
    }

    /** Reply and push calls get no answer at all while this is on (the bot's call stays in flight). */
    public void hang(boolean on) {
        hanging = on;
    }

    public String baseUrl() {
        String url = server.url("/").toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The next request the bot made, or null if none arrives within a few seconds. */
    public RecordedRequest next() {
        try {
            return server.takeRequest(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next request that sends messages (not a loading animation or a profile lookup). */
    public RecordedRequest nextMessage() {
        return nextMessage(10);
    }

    public RecordedRequest nextMessage(long seconds) {
        RecordedRequest request;
        do {
            request = poll(seconds * 1000);
        } while (request != null && !request.getTarget().startsWith("/v2/bot/message/"));
        return request;
    }

    /** Asserts quiet: returns the request if one arrives within the wait, else null. */
    public RecordedRequest poll(long millis) {
        try {
            return millis == 0 ? server.takeRequest(1, TimeUnit.NANOSECONDS) : server.takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every request received so far and not yet taken. */
    public java.util.List<RecordedRequest> drain() {
        java.util.List<RecordedRequest> all = new java.util.ArrayList<>();
        RecordedRequest request;
        while ((request = poll(0)) != null) {
            all.add(request);
        }
        return all;
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }
}
