package dev.zairyu.bot.app;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code serve --check}: starts the whole bot on a free port with a throwaway in-memory database, holds
 * a short web chat conversation and a LINE verification request through it, and stops. A smoke test for
 * a new machine, and the training run for the class-data archive the build makes (faster start-up).
 */
final class StartupCheck {
    private static final String SECRET = "startup-check";

    private StartupCheck() {
    }

    static int run(PrintStream out) {
        Map<String, String> env = Map.of(
                "PORT", "0",
                "DATABASE_URL", "jdbc:h2:mem:startup-check;DB_CLOSE_DELAY=-1",
                "LINE_CHANNEL_SECRET", SECRET,
                "LINE_CHANNEL_ACCESS_TOKEN", "startup-check",
                "LINE_API_BASE_URL", "http://127.0.0.1:9");
        long started = System.nanoTime();
        try (Bot bot = Bot.serve(Config.from(env), Clock.systemUTC())) {
            long ready = (System.nanoTime() - started) / 1_000_000;
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + bot.port();
            String user = "\"user\":\"startup-check\"";
            for (String turn : new String[] {"\"open\":true", "\"data\":\"a|renewal|status|engineer\"", "\"text\":\"31 March 2027\"",
                "\"data\":\"a|renewal|period|1y\"", "\"data\":\"a|renewal|mynumber|yes\"", "\"data\":\"a|renewal|registered|yes\""}) {
                expect(http.send(HttpRequest.newBuilder(URI.create(base + "/chat/turn"))
                        .POST(HttpRequest.BodyPublishers.ofString("{" + user + "," + turn + "}")).build(),
                        HttpResponse.BodyHandlers.ofString()), "web chat turn");
            }
            byte[] verify = "{\"destination\":\"U0\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            expect(http.send(HttpRequest.newBuilder(URI.create(base + "/webhooks/line"))
                    .header("X-Line-Signature", Base64.getEncoder().encodeToString(mac.doFinal(verify)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(verify)).build(), HttpResponse.BodyHandlers.ofString()),
                    "LINE verification request");
            expect(http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(), HttpResponse.BodyHandlers.ofString()),
                    "readiness");
            out.println("check passed: ready in " + ready + " ms, web chat and LINE webhook answered");
            return 0;
        } catch (Exception e) {
            out.println("check failed: " + e.getMessage());
            return 1;
        }
    }

    private static void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
    }
}
