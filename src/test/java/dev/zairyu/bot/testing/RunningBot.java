package dev.zairyu.bot.testing;

import dev.zairyu.bot.app.Bot;
import dev.zairyu.bot.app.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The whole bot on a free port, configured as in production but for the given variables. */
public final class RunningBot implements AutoCloseable {
    private final Bot bot;
    private final HttpClient http = HttpClient.newHttpClient();

    public RunningBot(Map<String, String> env, Clock clock) {
        Map<String, String> all = new HashMap<>();
        all.put("PORT", "0");
        all.put("DATABASE_URL", "jdbc:h2:mem:bot-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        all.putAll(env);
        try {
            this.bot = Bot.serve(Config.from(all), clock);
        } catch (Exception e) {
            throw new IllegalStateException("the bot did not start", e);
        }
    }

    public static RunningBot withLine(FakeLine line, Clock clock) {
        return new RunningBot(lineEnv(line), clock);
    }

    public static RunningBot withLine(FakeLine line, Clock clock, String databaseUrl) {
        Map<String, String> env = new HashMap<>(lineEnv(line));
        env.put("DATABASE_URL", databaseUrl);
        return new RunningBot(env, clock);
    }

    public static Map<String, String> lineEnv(FakeLine line) {
        return Map.of(
                "LINE_CHANNEL_SECRET", FakeLine.SECRET,
                "LINE_CHANNEL_ACCESS_TOKEN", FakeLine.TOKEN,
                "LINE_API_BASE_URL", line.baseUrl());
    }

    public Bot bot() {
        return bot;
    }

    /** Posts a signed LINE webhook with one event and returns the status. */
    public int line(String eventJson) {
        byte[] body = LineSigning.event(eventJson);
        return post("/webhooks/line", body, LineSigning.headers(body)).statusCode();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + bot.port() + path);
    }

    public HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        bot.close();
    }
}
