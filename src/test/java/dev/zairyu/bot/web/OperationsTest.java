package dev.zairyu.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.app.Config;
import dev.zairyu.bot.testing.Eventually;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.LogCapture;
import dev.zairyu.bot.testing.MutableClock;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import dev.zairyu.bot.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * What an operator relies on, on a real server: health and readiness, the Prometheus figures, the
 * {@code /admin/*} endpoints behind their token, and logs that never carry what people write.
 */
class OperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "admin-secret-for-tests";
    private static final String USER = "U0000000000000000000000operations";
    private static final String OTHER = "U000000000000000000000000otheruser";
    private static final List<String> ADMIN_ROUTES = List.of(
            "GET /admin/stats", "POST /admin/reload", "GET /admin/users/line/" + USER, "DELETE /admin/users/line/" + USER,
            "GET /admin/flows", "GET /admin/reminders", "POST /admin/reminders/run");

    private final FakeLine line = new FakeLine();
    private final MutableClock clock = MutableClock.at(TestContent.TODAY);
    private final List<RunningBot> bots = new ArrayList<>();
    private final String db = TestDatabases.fresh("h2");

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        bots.forEach(RunningBot::close);
        line.close();
    }

    private RunningBot start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(RunningBot.lineEnv(line));
        env.put("DATABASE_URL", db);
        env.putAll(extra);
        RunningBot bot = new RunningBot(env, clock);
        bots.add(bot);
        return bot;
    }

    private RunningBot withAdmin() {
        return start(Map.of("ADMIN_TOKEN", TOKEN));
    }

    // --- health and readiness -------------------------------------------------------------------

    @Test
    void healthAnswersOkAndReadinessAnswersOnceTheDatabaseAndContentAreUp() {
        RunningBot bot = start(Map.of());

        HttpResponse<String> health = bot.get("/healthz");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok");
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));

        HttpResponse<String> ready = bot.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("ready");
    }

    // --- metrics --------------------------------------------------------------------------------

    @Test
    void aSignedTextMessageMovesTheWebhookTurnAndDeliveryCountsAndAForgedOneIsCountedAsUnauthorized() throws Exception {
        RunningBot bot = start(Map.of());
        String before = metrics(bot);
        double accepted = value(before, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "accepted"));
        double unauthorized = value(before, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "unauthorized"));
        double turns = value(before, "zairyu_turn_seconds_count", Map.of());
        double replied = value(before, "zairyu_deliveries_total", Map.of("channel", "line", "outcome", "replied"));

        assertThat(bot.line(LineSigning.text("01OPS-M1", USER, "token-m1", "hello"))).isEqualTo(200);
        assertThat(line.nextMessage()).as("the answer").isNotNull();
        byte[] forged = LineSigning.event(LineSigning.text("01OPS-M2", USER, "token-m2", "hello"));
        assertThat(bot.post("/webhooks/line", forged, Map.of("X-Line-Signature",
                LineSigning.sign("another body".getBytes(StandardCharsets.UTF_8)))).statusCode()).isEqualTo(401);

        Eventually.until("the reply counted as delivered", () ->
                value(metrics(bot), "zairyu_deliveries_total", Map.of("channel", "line", "outcome", "replied")) > replied);
        Eventually.until("the backlogs empty", () -> {
            String now = metrics(bot);
            return value(now, "zairyu_inbox_backlog", Map.of()) == 0 && value(now, "zairyu_outbox_backlog", Map.of()) == 0;
        });
        String after = metrics(bot);
        assertThat(value(after, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "accepted"))).isEqualTo(accepted + 1);
        assertThat(value(after, "zairyu_webhooks_total", Map.of("channel", "line", "outcome", "unauthorized"))).isEqualTo(unauthorized + 1);
        assertThat(value(after, "zairyu_turn_seconds_count", Map.of())).isEqualTo(turns + 1);
        assertThat(value(after, "zairyu_turn_seconds_sum", Map.of())).isPositive();
        assertThat(samples(after, "zairyu_turn_seconds_bucket")).isNotEmpty();
        assertThat(samples(after, "zairyu_inbox_backlog")).hasSize(1);
        assertThat(samples(after, "zairyu_outbox_backlog")).hasSize(1);
        assertThat(samples(after, "zairyu_pushes_month")).hasSize(1);
        assertThat(value(after, "zairyu_pushes_month", Map.of())).isZero();
        assertThat(after).contains("# TYPE zairyu_webhooks_total counter").contains("# TYPE zairyu_turn_seconds histogram")
                .contains("# TYPE zairyu_inbox_backlog gauge").contains("jvm_memory_used_bytes")
                .doesNotContain(USER).doesNotContain("hello");
    }

    @Test
    void aReminderPushShowsInThePushesOfTheMonthAndInTheAdminReminderFigures() throws Exception {
        RunningBot bot = withAdmin();
        acceptReminders(bot, USER);
        JsonNode scheduled = json(admin(bot, "GET", "/admin/reminders", TOKEN), 200);
        assertThat(scheduled.get("byState").get("scheduled").asLong()).isPositive();
        assertThat(scheduled.get("pushesThisMonth").asLong()).isZero();

        clock.advance(Duration.between(clock.instant(),
                TestContent.morningOf(LocalDate.parse("2026-12-31")).withHour(9).toInstant()));
        JsonNode run = json(admin(bot, "POST", "/admin/reminders/run", TOKEN), 200);
        assertThat(run.get("sendingHoursNow").asBoolean()).isTrue();
        RecordedRequest push = line.nextMessage();
        assertThat(push).as("the reminder").isNotNull();
        assertThat(push.getTarget()).isEqualTo("/v2/bot/message/push");

        Eventually.until("the push counted", () -> value(metrics(bot), "zairyu_pushes_month", Map.of()) == 1);
        String after = metrics(bot);
        assertThat(value(after, "zairyu_deliveries_total", Map.of("channel", "line", "outcome", "pushed"))).isEqualTo(1);
        assertThat(value(after, "zairyu_reminders", Map.of("state", "fired"))).isGreaterThanOrEqualTo(1);
        JsonNode figures = json(admin(bot, "GET", "/admin/reminders", TOKEN), 200);
        assertThat(figures.get("pushesThisMonth").asLong()).isEqualTo(1);
        assertThat(figures.get("byState").get("fired").asLong()).isGreaterThanOrEqualTo(1);
    }

    // --- admin: access ----------------------------------------------------------------------------

    @Test
    void withoutAnAdminTokenConfiguredTheAdminEndpointsDoNotExist() {
        RunningBot bot = start(Map.of());
        for (String route : ADMIN_ROUTES) {
            String[] parts = route.split(" ");
            assertThat(admin(bot, parts[0], parts[1], null).statusCode()).as(route).isEqualTo(404);
            assertThat(admin(bot, parts[0], parts[1], TOKEN).statusCode()).as(route + " with a token").isEqualTo(404);
        }
    }

    @Test
    void aMissingOrWrongBearerTokenGets401OnEveryAdminEndpoint() throws Exception {
        RunningBot bot = withAdmin();
        assertThat(bot.line(LineSigning.text("01OPS-A1", USER, "token-a1", "hello"))).isEqualTo(200);
        assertThat(line.nextMessage()).isNotNull();
        Eventually.until("the answer delivered", () -> TestDatabases.count(db, "select count(*) from outbox") == 0);

        for (String route : ADMIN_ROUTES) {
            String[] parts = route.split(" ");
            HttpResponse<String> missing = admin(bot, parts[0], parts[1], null);
            assertThat(missing.statusCode()).as(route + " without a token").isEqualTo(401);
            assertThat(missing.headers().firstValue("WWW-Authenticate")).as(route).hasValue("Bearer");
            assertThat(admin(bot, parts[0], parts[1], "wrong-" + TOKEN).statusCode()).as(route + " with a wrong token").isEqualTo(401);
            assertThat(admin(bot, parts[0], parts[1], TOKEN.substring(1)).statusCode()).as(route + " with a shorter token").isEqualTo(401);
            HttpResponse<String> unprefixed = bot.send(HttpRequest.newBuilder(bot.uri(parts[1]))
                    .method(parts[0], HttpRequest.BodyPublishers.noBody()).header("Authorization", TOKEN).build());
            assertThat(unprefixed.statusCode()).as(route + " without 'Bearer '").isEqualTo(401);
        }
        assertThat(TestDatabases.count(db, "select count(*) from conversation where user_key = 'line:" + USER + "'"))
                .as("the refused DELETE erased nothing").isEqualTo(1);
    }

    // --- admin: figures and flows -------------------------------------------------------------------

    @Test
    void statsReportTheBacklogsRemindersLanguagesFlowsAndFaqSize() throws Exception {
        RunningBot bot = withAdmin();
        acceptReminders(bot, USER);

        HttpResponse<String> response = admin(bot, "GET", "/admin/stats", TOKEN);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode stats = json(response, 200);
        assertThat(stats.get("inboxBacklog").asLong()).isZero();
        assertThat(stats.get("outboxBacklog").asLong()).isZero();
        assertThat(stats.get("languages")).extracting(JsonNode::asText).contains("en", "ja", "vi", "zh-Hans");
        assertThat(stats.get("flows")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("renewal", "menu", "reminder", "lost_card", "child_card");
        assertThat(stats.get("faqEntries").asInt()).isPositive();
        JsonNode reminders = stats.get("reminders");
        assertThat(reminders.get("byState").get("scheduled").asLong())
                .isEqualTo(TestDatabases.count(db, "select count(*) from reminder where state = 'scheduled'")).isPositive();
        assertThat(reminders.get("nextDue").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(reminders.get("pushesThisMonth").asLong()).isZero();
    }

    @Test
    void theFlowsPageShowsAMermaidDiagramOfEveryFlow() {
        RunningBot bot = withAdmin();

        HttpResponse<String> page = admin(bot, "GET", "/admin/flows", TOKEN);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        List<String> diagrams = new ArrayList<>();
        Matcher pre = Pattern.compile("(?s)<pre class=\"mermaid\">(.*?)</pre>").matcher(page.body());
        while (pre.find()) {
            diagrams.add(pre.group(1));
        }
        assertThat(diagrams).hasSize(5).allSatisfy(diagram -> assertThat(diagram).contains("stateDiagram-v2").contains("[*] -->"));
        for (String flow : List.of("renewal", "menu", "reminder", "lost_card", "child_card")) {
            assertThat(diagrams).as(flow).anySatisfy(diagram -> assertThat(diagram).contains("title: " + flow + " ("));
        }
        assertThat(diagrams).anySatisfy(diagram -> assertThat(diagram).contains("title: lost_card (lost_card.yaml)").contains("intro --> police"));
    }

    // --- admin: content reload ------------------------------------------------------------------------

    @Test
    void aReloadOfValidContentTakesEffectAndABrokenOneIsRefusedWithItsProblemsWhileTheOldContentAnswers() throws Exception {
        Path content = copyOfContent();
        RunningBot bot = start(Map.of("ADMIN_TOKEN", TOKEN, "CONTENT_DIR", content.toString()));

        JsonNode unchanged = json(admin(bot, "POST", "/admin/reload", TOKEN), 200);
        assertThat(unchanged.get("reloaded").asBoolean()).isTrue();
        assertThat(unchanged.get("problems")).isEmpty();

        replace(content.resolve("messages/en.yaml"), "I'm sorry to hear that.", "Edited: a lost card is sorted in two steps.");
        JsonNode edited = json(admin(bot, "POST", "/admin/reload", TOKEN), 200);
        assertThat(edited.get("reloaded").asBoolean()).isTrue();
        assertThat(say(bot, "01OPS-R1", USER, "lost card")).contains("Edited: a lost card is sorted in two steps.")
                .contains("reported it to the police");

        replace(content.resolve("lost_card.yaml"), "next: police", "next: nowhere");
        replace(content.resolve("messages/en.yaml"), "Edited: a lost card", "Broken: a lost card");
        HttpResponse<String> refused = admin(bot, "POST", "/admin/reload", TOKEN);
        JsonNode verdict = json(refused, 422);
        assertThat(verdict.get("reloaded").asBoolean()).isFalse();
        assertThat(verdict.get("problems")).extracting(JsonNode::asText)
                .anySatisfy(problem -> assertThat(problem).contains("lost_card").contains("'nowhere'"));

        assertThat(say(bot, "01OPS-R2", OTHER, "lost card")).as("the content loaded before answers")
                .contains("Edited: a lost card is sorted in two steps.").contains("reported it to the police")
                .doesNotContain("Broken");
        assertThat(json(admin(bot, "GET", "/admin/stats", TOKEN), 200).get("flows")).hasSize(5);
    }

    // --- admin: one person's data -----------------------------------------------------------------

    @Test
    void theExportShowsWhatIsStoredAboutAPersonAndTheErasureRemovesIt() throws Exception {
        RunningBot bot = withAdmin();
        acceptReminders(bot, USER);
        assertThat(say(bot, "01OPS-E0", OTHER, "hello")).isNotEmpty();
        Eventually.until("every event handled", () ->
                TestDatabases.count(db, "select count(*) from inbox where processed_at is null") == 0);

        JsonNode export = json(admin(bot, "GET", "/admin/users/line/" + USER, TOKEN), 200);
        assertThat(export.fieldNames()).toIterable().containsExactly("conversation", "reminder", "outbox", "inbox");
        JsonNode conversation = export.get("conversation");
        assertThat(conversation).hasSize(1);
        assertThat(conversation.get(0).get("user_key").asText()).isEqualTo("line:" + USER);
        assertThat(conversation.get(0).get("slots").asText()).contains("engineer").contains("2027-03-31");
        assertThat(export.get("reminder")).hasSize((int) TestDatabases.count(db,
                "select count(*) from reminder where user_key = 'line:" + USER + "'")).isNotEmpty();
        assertThat(export.get("reminder")).allSatisfy(row -> assertThat(row.get("state").asText()).isEqualTo("scheduled"));
        assertThat(export.get("outbox")).isEmpty();
        assertThat(export.get("inbox")).hasSize(6).allSatisfy(row -> {
            assertThat(row.get("user_key").asText()).isEqualTo("line:" + USER);
            assertThat(row.get("payload").isNull()).as("what was said, once handled").isTrue();
        });
        assertThat(export.toString()).doesNotContain(OTHER);

        JsonNode erased = json(admin(bot, "DELETE", "/admin/users/line/" + USER, TOKEN), 200);
        assertThat(erased.get("erased").asBoolean()).isTrue();

        JsonNode after = json(admin(bot, "GET", "/admin/users/line/" + USER, TOKEN), 200);
        for (String table : List.of("conversation", "reminder", "outbox", "inbox")) {
            assertThat(after.get(table)).as(table).isEmpty();
        }
        assertThat(TestDatabases.rowsMentioning(db, USER)).isEmpty();
        assertThat(TestDatabases.count(db, "select count(*) from conversation where user_key = 'line:" + USER + "'")).isZero();
        assertThat(TestDatabases.count(db, "select count(*) from reminder where user_key = 'line:" + USER + "'")).isZero();
        assertThat(TestDatabases.count(db, "select count(*) from inbox where user_key is null")).as("event ids kept for redeliveries")
                .isEqualTo(6);
        assertThat(TestDatabases.count(db, "select count(*) from conversation where user_key = 'line:" + OTHER + "'"))
                .as("someone else's data stays").isEqualTo(1);
        assertThat(json(admin(bot, "GET", "/admin/users/line/" + OTHER, TOKEN), 200).get("conversation")).hasSize(1);
    }

    // --- logs -------------------------------------------------------------------------------------

    @Test
    void withJsonLogsWhatAPersonWritesNeverAppearsInTheLogs() throws Exception {
        String secret = "my passport number is TZ1234567 and I live at 3-1-1 Kasumigaseki";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        configureLogging(Config.from(Map.of("LOG_FORMAT", "json")).logFormat());
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<String> captured;
        try (LogCapture logs = new LogCapture()) {
            RunningBot bot = start(Map.of("LOG_FORMAT", "json", "ADMIN_TOKEN", TOKEN));
            assertThat(say(bot, "01OPS-L1", USER, secret)).isNotEmpty();
            byte[] forged = LineSigning.event(LineSigning.text("01OPS-L2", USER, "token-l2", secret));
            assertThat(bot.post("/webhooks/line", forged, Map.of("X-Line-Signature", "Zm9yZ2Vk")).statusCode()).isEqualTo(401);
            byte[] malformed = ("{\"events\":[{\"type\":\"message\",\"text\":\"" + secret).getBytes(StandardCharsets.UTF_8);
            assertThat(bot.post("/webhooks/line", malformed, LineSigning.headers(malformed)).statusCode()).isEqualTo(400);
            assertThat(json(admin(bot, "POST", "/admin/reload", TOKEN), 200).get("reloaded").asBoolean()).isTrue();
            Eventually.until("every event handled and delivered", () ->
                    TestDatabases.count(db, "select count(*) from inbox where processed_at is null") == 0
                            && TestDatabases.count(db, "select count(*) from outbox") == 0);
            bots.remove(bot);
            bot.close();
            captured = logs.messages();
        } finally {
            System.setOut(console);
            logging.reset();
            new ContextInitializer(logging).autoConfig();
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("JSON log lines").isNotEmpty();
        List<JsonNode> entries = new ArrayList<>();
        for (String text : lines) {
            JsonNode entry = JSON.readTree(text);
            assertThat(entry.isObject()).as(text).isTrue();
            assertThat(entry.has("level")).as(text).isTrue();
            entries.add(entry);
        }
        assertThat(entries).extracting(e -> e.path("formattedMessage").asText())
                .anySatisfy(m -> assertThat(m).startsWith("zairyu-bot ready on port"))
                .anySatisfy(m -> assertThat(m).isEqualTo("LINE webhook refused: invalid signature"))
                .anySatisfy(m -> assertThat(m).isEqualTo("LINE webhook refused: malformed webhook body"))
                .anySatisfy(m -> assertThat(m).isEqualTo("conversation-flows/ reloaded"));
        assertThat(entries).extracting(e -> e.path("level").asText()).doesNotContain("DEBUG", "TRACE");
        for (String fragment : List.of("TZ1234567", "Kasumigaseki", "passport")) {
            assertThat(lines).as("the console").noneSatisfy(l -> assertThat(l).contains(fragment));
            assertThat(captured).as("the log events").noneSatisfy(m -> assertThat(m).contains(fragment));
        }
        assertThat(lines).as("who wrote it").noneSatisfy(l -> assertThat(l).contains(USER));
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** What the bot's entry point does for {@code LOG_FORMAT} before it starts. */
    private static void configureLogging(Config.LogFormat format) throws Exception {
        Method configure = Class.forName("dev.zairyu.bot.app.Logging").getDeclaredMethod("configure", Config.LogFormat.class);
        configure.setAccessible(true);
        configure.invoke(null, format);
    }

    /** A worker (stay ends 2027-03-31) accepts reminders over LINE, every answer delivered. */
    private void acceptReminders(RunningBot bot, String user) throws Exception {
        String id = Integer.toHexString(user.hashCode());
        String[] events = {
            LineSigning.follow("f-" + id, user, "r1"),
            LineSigning.postback("s-" + id, user, "r2", "a|renewal|status|engineer", null),
            LineSigning.text("d-" + id, user, "r3", "2027-03-31"),
            LineSigning.postback("p-" + id, user, "r4", "a|renewal|period|1y", null),
            LineSigning.postback("m-" + id, user, "r5", "a|renewal|mynumber|no", null),
            LineSigning.postback("y-" + id, user, "r6", "a|renewal|reminder_ask|yes", null)};
        for (String event : events) {
            assertThat(bot.line(event)).isEqualTo(200);
            assertThat(line.nextMessage()).isNotNull();
        }
        Eventually.until("the answers delivered", () -> TestDatabases.count(db, "select count(*) from outbox") == 0);
    }

    /** Sends one signed text message and returns the messages of the reply. */
    private String say(RunningBot bot, String eventId, String user, String text) throws Exception {
        assertThat(bot.line(LineSigning.text(eventId, user, "token-" + eventId, text))).isEqualTo(200);
        RecordedRequest reply = line.nextMessage();
        assertThat(reply).as("the answer to '" + text + "'").isNotNull();
        JsonNode body = JSON.readTree(reply.getBody().utf8());
        assertThat(body.get("replyToken").asText()).isEqualTo("token-" + eventId);
        return body.get("messages").toString();
    }

    @Test
    void aChannelTheBotDoesNotHaveIsNotFoundForExportAndErasure() {
        RunningBot bot = withAdmin();
        for (String method : List.of("GET", "DELETE")) {
            HttpResponse<String> response = admin(bot, method, "/admin/users/fax/U1", TOKEN);
            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertThat(response.body()).contains("no such channel");
        }
    }

    private static HttpResponse<String> admin(RunningBot bot, String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(bot.uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return bot.send(request.build());
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private Path copyOfContent() throws IOException {
        Path copy = temp.resolve("conversation-flows");
        try (Stream<Path> files = Files.walk(TestContent.ROOT)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(TestContent.ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String metrics(RunningBot bot) {
        HttpResponse<String> response = bot.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        return response.body();
    }

    /** The sample lines of {@code name}, labels and value. */
    private static List<String> samples(String text, String name) {
        List<String> found = new ArrayList<>();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+|NaN)$").matcher(text);
        while (sample.find()) {
            found.add(sample.group());
        }
        return found;
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}. */
    private static double value(String text, String name, Map<String, String> labels) {
        double sum = 0;
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.eE+-]+)$").matcher(text);
        while (sample.find()) {
            String found = sample.group(1) == null ? "" : sample.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }
}
