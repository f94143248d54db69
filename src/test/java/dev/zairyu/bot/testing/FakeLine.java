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

    public FakeLine() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body("{}").build();
            }
        });
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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

    /** The next request that is not a loading animation. */
    public RecordedRequest nextMessage() {
        RecordedRequest request;
        do {
            request = next();
        } while (request != null && request.getTarget().startsWith("/v2/bot/chat/loading"));
        return request;
    }

    /** Asserts quiet: returns the request if one arrives within the wait, else null. */
    public RecordedRequest poll(long millis) {
        try {
            return server.takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() {
        server.close();
    }
}
