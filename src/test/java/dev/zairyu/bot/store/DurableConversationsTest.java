package dev.zairyu.bot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.Eventually;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.MutableClock;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import dev.zairyu.bot.testing.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing lost, nothing twice: the whole bot on H2 and on PostgreSQL (when {@code TEST_DATABASE_URL}
 * is set), LINE faked at its HTTP boundary.
 */
class DurableConversationsTest {
    private static final String USER = "U00000000000000000000000000durable";
    private static final String OTHER = "U00000000000000000000000000otherxx";

    private final FakeLine line = new FakeLine();
    private final List<RunningBot> bots = new ArrayList<>();
    private final MutableClock clock = MutableClock.at(TestContent.TODAY);
    private String db;

    static java.util.stream.Stream<String> databases() {
        return TestDatabases.kinds();
    }

    private RunningBot start() {
        RunningBot bot = RunningBot.withLine(line, clock, db);
        bots.add(bot);
        return bot;
    }

    @AfterEach
    void stop() {
        bots.forEach(RunningBot::close);
        line.close();
    }

    private RecordedRequest nextMessage() {
        RecordedRequest request = line.nextMessage();
        assertThat(request).as("a message call to LINE").isNotNull();
        return request;
    }

    private static String token(RecordedRequest request) {
        String body = request.getBody().utf8();
        int at = body.indexOf("\"replyToken\":\"");
        return at < 0 ? null : body.substring(at + 14, body.indexOf('"', at + 14));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEventLineDeliversThreeTimesIsAnsweredOnce(String kind) {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        String follow = LineSigning.follow("01REDELIVERED", USER, "t-once");
        for (int i = 0; i < 3; i++) {
            assertThat(bot.line(follow)).isEqualTo(200);
        }
        assertThat(token(nextMessage())).isEqualTo("t-once");
        bot.line(LineSigning.text("01AFTER", USER, "t-after", "Student"));
        assertThat(token(nextMessage())).as("the next call answers the next event, not a redelivery").isEqualTo("t-after");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aConversationSurvivesARestart(String kind) {
        db = TestDatabases.fresh(kind);
        RunningBot first = start();
        first.line(LineSigning.follow("01A", USER, "t1"));
        nextMessage();
        first.line(LineSigning.postback("01B", USER, "t2", "a|renewal|status|student", null));
        assertThat(nextMessage().getBody().utf8()).contains("When does your period of stay end");
        first.close();
        bots.remove(first);

        RunningBot second = start();
        second.line(LineSigning.text("01C", USER, "t3", "2027-01-15"));
        assertThat(nextMessage().getBody().utf8()).contains("How long is your period of stay");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLineOutageIsRiddenOutWithOneRetryKey(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        line.answerMessagesWith(500, 500, 503);
        bot.line(LineSigning.follow("01OUTAGE", USER, "t-outage"));
        assertThat(nextMessage().getTarget()).isEqualTo("/v2/bot/message/reply");
        failedAttemptRecorded(1);

        clock.advance(Duration.ofSeconds(61));   // the reply token is stale by now: the retry is a push
        RecordedRequest push1 = nextMessage();
        failedAttemptRecorded(2);
        clock.advance(Duration.ofSeconds(10));
        RecordedRequest push2 = nextMessage();
        failedAttemptRecorded(3);
        clock.advance(Duration.ofSeconds(10));
        RecordedRequest push3 = nextMessage();

        for (RecordedRequest push : List.of(push1, push2, push3)) {
            assertThat(push.getTarget()).isEqualTo("/v2/bot/message/push");
            assertThat(push.getBody().utf8()).contains("Hello! I'm zairyu-bot");
        }
        String key = push1.getHeaders().get("X-Line-Retry-Key");
        assertThat(key).isNotBlank();
        assertThat(push2.getHeaders().get("X-Line-Retry-Key")).isEqualTo(key);
        assertThat(push3.getHeaders().get("X-Line-Retry-Key")).isEqualTo(key);
    }

    /** A request is seen before its answer is handled: the failure is written down before the clock moves. */
    private void failedAttemptRecorded(int attempts) throws Exception {
        Eventually.until(attempts + " failed attempt(s) recorded", () -> TestDatabases.count(db,
                "select count(*) from outbox where claimed_until is null and attempts = " + attempts) == 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRefusalIsNotRetried(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        line.answerMessagesWith(400, 400);
        bot.line(LineSigning.follow("01REFUSED", USER, "t-refused"));
        assertThat(nextMessage().getTarget()).isEqualTo("/v2/bot/message/reply");
        assertThat(nextMessage().getTarget()).as("a refused reply token falls back to a push").isEqualTo("/v2/bot/message/push");
        Eventually.until("the refused push is counted", () -> bot.bot().deliveryStats().count("line.dropped_400") == 1);

        clock.advance(Duration.ofMinutes(5));
        bot.line(LineSigning.text("01NEXT", USER, "t-next", "Student"));
        assertThat(token(nextMessage())).as("no retry of the refused push came in between").isEqualTo("t-next");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deleteMyDataLeavesNoRowAboutThePerson(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        bot.line(LineSigning.follow("01D1", USER, "d1"));
        nextMessage();
        bot.line(LineSigning.postback("01D2", USER, "d2", "a|renewal|status|engineer", null));
        nextMessage();
        bot.line(LineSigning.text("01D3", USER, "d3", "2027-03-31"));
        nextMessage();
        assertThat(TestDatabases.rowsMentioning(db, USER)).isNotEmpty();

        bot.line(LineSigning.text("01D4", USER, "d4", "Please delete my data"));
        assertThat(nextMessage().getBody().utf8()).contains("deleted everything");
        Eventually.until("no row mentions the person", () -> TestDatabases.rowsMentioning(db, USER).isEmpty());
        assertThat(TestDatabases.rowsMentioning(db, "2027-03-31")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anUnfollowErasesEverything(String kind) throws Exception {
        db = TestDatabases.fresh(kind);
        RunningBot bot = start();
        bot.line(LineSigning.follow("01U1", USER, "u1"));
        nextMessage();
        bot.line("{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1764000000000,\"webhookEventId\":\"01U2\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + USER + "\"}}");
        Eventually.until("no row mentions the person", () -> TestDatabases.rowsMentioning(db, USER).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoInstancesOnOneDatabaseAnswerOnePersonInOrderAndOnce(String kind) {
        db = TestDatabases.fresh(kind);
        RunningBot a = start();
        RunningBot b = start();
        List<String> events = List.of(
                LineSigning.follow("01I1", USER, "i1"),
                LineSigning.postback("01I2", USER, "i2", "a|renewal|status|engineer", null),
                LineSigning.text("01I3", USER, "i3", "2027-03-31"),
                LineSigning.postback("01I4", USER, "i4", "a|renewal|period|1y", null),
                LineSigning.postback("01I5", USER, "i5", "a|renewal|mynumber|no", null),
                LineSigning.postback("01I6", USER, "i6", "a|renewal|reminder_offer|yes", null));
        for (int i = 0; i < events.size(); i++) {
            RunningBot instance = i % 2 == 0 ? a : b;
            assertThat(instance.line(events.get(i))).isEqualTo(200);
            // The same event again, on the other instance: still answered once.
            assertThat((i % 2 == 0 ? b : a).line(events.get(i))).isEqualTo(200);
        }
        List<String> tokens = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RecordedRequest request = nextMessage();
            tokens.add(token(request));
            bodies.add(request.getBody().utf8());
        }
        assertThat(tokens).containsExactly("i1", "i2", "i3", "i4", "i5", "i6");
        assertThat(bodies.get(2)).contains("How long is your period of stay");
        assertThat(bodies.get(3)).contains("2026-12-31 (Thu)");
        assertThat(bodies.get(5)).contains("remind you");
        b.line(LineSigning.follow("01OTHER", OTHER, "o1"));
        assertThat(token(nextMessage())).as("nothing was sent twice").isEqualTo("o1");
    }
}
