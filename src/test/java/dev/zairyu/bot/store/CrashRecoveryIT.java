package dev.zairyu.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.JarProcess;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The packaged bot killed with SIGKILL right after acknowledging an event: the answer still arrives. */
class CrashRecoveryIT {
    private static final String USER = "U0000000000000000000000000000crash";

    @TempDir
    Path dir;

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEventAcknowledgedJustBeforeKill9IsAnsweredAfterRestart(String kind) throws Exception {
        String db = kind.equals("h2") ? "jdbc:h2:file:" + dir.resolve("bot").toAbsolutePath() : TestDatabases.fresh(kind);
        try (FakeLine line = new FakeLine()) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "LINE_CHANNEL_SECRET", FakeLine.SECRET,
                    "LINE_CHANNEL_ACCESS_TOKEN", FakeLine.TOKEN,
                    "LINE_API_BASE_URL", line.baseUrl(),
                    "DATABASE_URL", db,
                    "PORT", "0"));
            line.hang(true);
            try (JarProcess first = JarProcess.start(dir, env)) {
                int port = first.awaitReady();
                byte[] body = LineSigning.event(LineSigning.follow("01CRASH", USER, "t-crash"));
                HttpResponse<String> ack = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/line"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .header("X-Line-Signature", LineSigning.sign(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ack.statusCode()).isEqualTo(200);
                assertThat(line.nextMessage()).as("the answer is on its way when the process dies").isNotNull();
                first.kill();
            }
            line.hang(false);
            try (JarProcess second = JarProcess.start(dir, env)) {
                second.awaitReady();
                // The dead process's claim on the entry lapses first (OutboxSender.CLAIM, 20 s).
                RecordedRequest delivered = line.nextMessage(45);
                assertThat(delivered).as("the answer after the restart").isNotNull();
                assertThat(delivered.getBody().utf8()).contains("Hello! I'm zairyu-bot");
                assertThat(delivered.getBody().utf8()).satisfiesAnyOf(
                        b -> assertThat(b).contains("\"replyToken\":\"t-crash\""),
                        b -> assertThat(b).contains("\"to\":\"" + USER + "\""));
            }
        }
    }
}
