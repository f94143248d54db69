package dev.zairyu.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.Eventually;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.MutableClock;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import dev.zairyu.bot.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reminders on the durable path, on H2 and PostgreSQL, with LINE faked at its HTTP boundary. */
class ReminderDeliveryTest {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String USER = "U000000000000000000000000reminders";

    private final FakeLine line = new FakeLine();
    private final List<RunningBot> bots = new ArrayList<>();
    private final MutableClock clock = MutableClock.at(TestContent.TODAY);
    private String db;

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private RunningBot start() {
        Map<String, String> env = new HashMap<>(RunningBot.lineEnv(line));
        env.put("DATABASE_URL", db);
        env.put("ADMIN_TOKEN", "admin-secret");
        RunningBot bot = new RunningBot(env, clock);
        bots.add(bot);
        return bot;
    }

    @AfterEach
    void stop() {
        bots.forEach(RunningBot::close);
        line.close();
    }

    private void at(String date, int hour, int minute) {
        Instant target = LocalDate.parse(date).atTime(hour, minute).atZone(JAPAN).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    /** A worker (stay ends 2027-03-31) accepts reminders over LINE on 2026-11-24. */
    private void acceptReminders(RunningBot bot, String user) {
        // Event ids are opaque, as LINE's are: they must not contain the user id.
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
        // A request is seen before it is answered: the last answer must be settled before failures are planned.
        try {
            Eventually.until("the answers delivered", () -> TestDatabases.count(db, "select count(*) from outbox") == 0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The failed attempts are written down (and the next one planned) before the clock moves on. */
    private void attemptsRecorded(int attempts) throws Exception {
        Eventually.until(attempts + " failed attempt(s) recorded", () ->
                TestDatabases.count(db, "select count(*) from outbox where claimed_until is null and attempts = " + attempts) == 1);
    }

    private List<RecordedRequest> pushesSettled() throws Exception {
        Eventually.until("every reminder handled and delivered", () ->
                TestDatabases.count(db, "select count(*) from inbox where processed_at is null") == 0
                        && TestDatabases.count(db, "select count(*) from outbox") == 0);
        return line.drain().stream().filter(r -> r.getTarget().equals("/v2/bot/message/push")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReminderDueAtThreeInTheMorningIsPushedAtNine(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        acceptReminders(bot, USER);
        TestDatabases.execute(db, "update reminder set due_at = ? where kind = 'window_opens'",
                java.sql.Timestamp.from(LocalDate.parse("2026-12-31").atTime(3, 0).atZone(JAPAN).toInstant()));

        at("2026-12-31", 3, 0);
        assertThat(bot.bot().runReminders()).isZero();
        at("2026-12-31", 8, 59);
        assertThat(bot.bot().runReminders()).isZero();
        at("2026-12-31", 9, 0);
        bot.bot().runReminders();   // (the background pass may have been first: either fires it, once)

        RecordedRequest push = line.nextMessage();
        assertThat(push.getTarget()).isEqualTo("/v2/bot/message/push");
        assertThat(push.getHeaders().get("X-Line-Retry-Key")).isNotBlank();
        assertThat(push.getBody().utf8()).contains("\"to\":\"" + USER + "\"").contains("from today, 2026-12-31 (Thu)")
                .contains("I've applied").contains("Remind me later").contains("Stop reminders");
        assertThat(bot.bot().runReminders()).as("nothing more the same day").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReminderFiredJustBeforeARestartIsSentOnce(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot first = start();
        acceptReminders(first, USER);
        at("2026-12-31", 10, 0);
        first.bot().runReminders();
        first.close();
        bots.remove(first);

        RunningBot second = start();
        assertThat(second.bot().runReminders()).isZero();
        List<RecordedRequest> pushes = pushesSettled();
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).getBody().utf8()).contains("from today, 2026-12-31 (Thu)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aThousandDueRemindersOnTwoInstancesAreEachSentOnce(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot a = start();
        RunningBot b = start();
        String slots = "{\"status\":\"engineer\",\"expiry\":\"2027-03-31\",\"period\":\"1y\",\"reminders\":\"yes\"}";
        java.sql.Timestamp due = java.sql.Timestamp.from(LocalDate.parse("2026-12-31").atTime(9, 0).atZone(JAPAN).toInstant());
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        List<Object[]> conversations = new java.util.ArrayList<>();
        List<Object[]> reminders = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String user = "line:" + String.format("U%032d", i);
            conversations.add(new Object[] {user, slots, now});
            reminders.add(new Object[] {user, due, now, now});
        }
        TestDatabases.executeBatch(db, "insert into conversation (user_key, slots, language, version, updated_at) values (?, ?, 'en', 1, ?)",
                conversations);
        TestDatabases.executeBatch(db, "insert into reminder (user_key, kind, due_at, state, created_at, updated_at) "
                + "values (?, 'window_opens', ?, 'scheduled', ?, ?)", reminders);
        at("2026-12-31", 10, 0);
        CompletableFuture<Integer> onA = CompletableFuture.supplyAsync(() -> a.bot().runReminders());
        CompletableFuture<Integer> onB = CompletableFuture.supplyAsync(() -> b.bot().runReminders());
        assertThat(onA.get() + onB.get()).as("fired by these passes (background passes may take some)").isLessThanOrEqualTo(1000);

        List<RecordedRequest> pushes = pushesSettled();
        Set<String> recipients = pushes.stream().map(r -> {
            String body = r.getBody().utf8();
            int at = body.indexOf("\"to\":\"") + 6;
            return body.substring(at, body.indexOf('"', at));
        }).collect(Collectors.toSet());
        assertThat(pushes).hasSize(1000);
        assertThat(recipients).hasSize(1000);
        assertThat(TestDatabases.count(db, "select count(*) from reminder where state = 'fired'")).isEqualTo(1000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLineOutageDuringAReminderIsRiddenOutWithOneRetryKey(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        acceptReminders(bot, USER);
        line.answerMessagesWith(500, 502);   // before the clock moves: a background pass may fire at once
        at("2026-12-31", 10, 0);
        bot.bot().runReminders();
        RecordedRequest first = line.nextMessage();
        assertThat(first).as("the first attempt").isNotNull();
        attemptsRecorded(1);
        clock.advance(Duration.ofSeconds(5));
        RecordedRequest second = line.nextMessage();
        assertThat(second).as("the second attempt").isNotNull();
        attemptsRecorded(2);
        clock.advance(Duration.ofSeconds(10));
        RecordedRequest third = line.nextMessage();
        assertThat(third).as("the third attempt").isNotNull();
        String key = first.getHeaders().get("X-Line-Retry-Key");
        assertThat(List.of(first, second, third)).allSatisfy(r -> {
            assertThat(r.getTarget()).isEqualTo("/v2/bot/message/push");
            assertThat(r.getHeaders().get("X-Line-Retry-Key")).isEqualTo(key);
        });
        assertThat(pushesSettled()).as("no further push after the one that got through").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void stopRemindersAndUnfollowCancelEverything(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        acceptReminders(bot, USER);
        bot.line(LineSigning.text("stop-1", USER, "r7", "Stop reminders"));
        assertThat(line.nextMessage().getBody().utf8()).contains("stopped your reminders");
        assertThat(TestDatabases.count(db, "select count(*) from reminder where state = 'scheduled'")).isZero();
        at("2026-12-31", 10, 0);
        assertThat(bot.bot().runReminders()).isZero();

        String other = "U0000000000000000000000000unfollow";
        acceptReminders(bot, other);
        bot.line("{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1764000000000,\"webhookEventId\":\"unf-1\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + other + "\"}}");
        try {
            Eventually.until("no row mentions the person who left", () -> TestDatabases.rowsMentioning(db, other).isEmpty());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + TestDatabases.rowsMentioning(db, other), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void operatorsSeeTheCountsAndCanRunAPassBehindTheAdminToken(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        acceptReminders(bot, USER);
        assertThat(bot.get("/admin/reminders").statusCode()).isEqualTo(401);
        var stats = bot.send(java.net.http.HttpRequest.newBuilder(bot.uri("/admin/reminders"))
                .header("Authorization", "Bearer admin-secret").build());
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.body()).contains("\"scheduled\":4").contains("\"window_opens\":1").contains("\"pushesThisMonth\":0")
                .contains("\"sendingHours\":\"09:00-20:00\"");
        at("2026-12-31", 10, 0);
        var run = bot.send(java.net.http.HttpRequest.newBuilder(bot.uri("/admin/reminders/run"))
                .header("Authorization", "Bearer admin-secret").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(run.body()).contains("\"fired\":");
        assertThat(pushesSettled()).hasSize(1);
        Eventually.until("the push is counted", () -> TestDatabases.count(db, "select coalesce(sum(pushes), 0) from push_count") == 1);
    }
}
