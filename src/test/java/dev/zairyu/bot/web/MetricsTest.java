package dev.zairyu.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.Eventually;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator sees: health, readiness and the Prometheus figures moving as the bot works. */
class MetricsTest {
    private static final String USER = "U4af4980629d4f1fd2b4a2f1f12a4b2c1";

    private FakeLine line;
    private RunningBot bot;

    @BeforeEach
    void start() {
        line = new FakeLine();
        bot = RunningBot.withLine(line, TestContent.clockAt(TestContent.TODAY));
    }

    @AfterEach
    void stop() {
        bot.close();
        line.close();
    }

    @Test
    void healthAndReadinessAnswerInPlainText() {
        assertThat(bot.get("/healthz").body()).isEqualTo("ok");
        assertThat(bot.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(bot.get("/readyz").body()).isEqualTo("ready");
    }

    @Test
    void webhooksTurnsAndDeliveriesAreCountedAsTheyHappen() throws Exception {
        String before = metrics();
        assertThat(value(before, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "accepted"))).isZero();

        assertThat(bot.line(LineSigning.text("01METRICS1", USER, "token-1", "hello"))).isEqualTo(200);
        assertThat(line.nextMessage()).as("the answer").isNotNull();
        byte[] forged = LineSigning.event(LineSigning.text("01METRICS2", USER, "token-2", "hello"));
        assertThat(bot.post("/webhooks/line", forged, Map.of("X-Line-Signature", "Zm9yZ2Vk")).statusCode()).isEqualTo(401);

        Eventually.until("the delivery is counted", () ->
                value(metrics(), "zairyu_deliveries_total", Map.of("channel", "line")) >= 1);
        String after = metrics();
        assertThat(value(after, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "accepted"))).isEqualTo(1);
        assertThat(value(after, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "unauthorized"))).isEqualTo(1);
        assertThat(value(after, "zairyu_turn_seconds_count", Map.of())).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("zairyu_turn_seconds_bucket");
        assertThat(value(after, "zairyu_inbox_backlog", Map.of())).isZero();
        assertThat(after).contains("zairyu_outbox_backlog").contains("zairyu_pushes_month")
                .contains("zairyu_reminders{state=\"scheduled\"}").contains("jvm_memory_used_bytes");
    }

    @Test
    void theFiguresNeverCarryWhatAPersonWrote() {
        assertThat(bot.line(LineSigning.text("01METRICS3", USER, "token-3", "my secret question about my visa"))).isEqualTo(200);
        assertThat(line.nextMessage()).isNotNull();
        assertThat(metrics()).doesNotContain("secret question").doesNotContain(USER);
    }

    private String metrics() {
        var response = bot.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}. */
    private static double value(String text, String name, Map<String, String> labels) {
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
        while (line.find()) {
            String found = line.group(1) == null ? "" : line.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
