package dev.zairyu.bot.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.testing.FakeSlack;
import dev.zairyu.bot.testing.LogCapture;
import dev.zairyu.bot.testing.MutableClock;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.SlackSigning;
import dev.zairyu.bot.testing.TestContent;
import dev.zairyu.bot.testing.TestDatabases;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request body in {@code fixtures/slack/} (the Slack SDK's test bodies and its masked shape
 * samples of every event field), signed fresh and posted to a running bot: each is acknowledged, nothing
 * is logged at ERROR, and the bot still answers a genuine message afterwards.
 */
class SlackFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/webhooks/slack";
    private static final Duration ACK_WITHIN = Duration.ofSeconds(1);
    /** The person in app_mention.json, the one fixture that is a genuine message to the bot. */
    private static final String MENTIONING_USER = "U234";
    private static final String GENUINE = "UAFTERWARDS";

    private FakeSlack slack;
    private MutableClock clock;
    private RunningBot bot;
    private LogCapture logs;
    private String databaseUrl;

    @BeforeEach
    void start() {
        slack = new FakeSlack();
        clock = MutableClock.at(TestContent.TODAY);
        databaseUrl = TestDatabases.fresh("h2");
        Map<String, String> env = new HashMap<>(slack.env());
        env.put("DATABASE_URL", databaseUrl);
        bot = new RunningBot(env, clock);
        assertThat(bot.get("/healthz").statusCode()).isEqualTo(200);
        logs = new LogCapture();
    }

    @AfterEach
    void stop() {
        logs.close();
        bot.close();
        slack.close();
    }

    static Stream<String> allFixtures() {
        return Stream.concat(SlackFixtures.files(SlackFixtures.FROM_TESTS).stream(),
                SlackFixtures.files(SlackFixtures.EVENTS_SHAPE).stream());
    }

    private HttpResponse<String> postSigned(byte[] body) {
        long started = System.nanoTime();
        HttpResponse<String> response = bot.post(PATH, body, SlackSigning.headers(clock, body, SlackSigning.JSON));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within %s", ACK_WITHIN).isLessThan(ACK_WITHIN);
        return response;
    }

    private static String about(RecordedRequest request) {
        if (request.getUrl().encodedPath().endsWith("users.info")) {
            return request.getUrl().queryParameter("user");
        }
        try {
            return JSON.readTree(request.getBody().utf8()).path("channel").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFixtureFoldersHoldWhatSourcesMdLists() {
        assertThat(SlackFixtures.files(SlackFixtures.FROM_TESTS)).hasSize(6);
        assertThat(SlackFixtures.files(SlackFixtures.EVENTS_SHAPE)).hasSize(13);
        String sources = new String(SlackFixtures.bytes("SOURCES.md"), StandardCharsets.UTF_8);
        assertThat(sources).contains("The MIT License").contains("Copyright (c) 2020 - Slack Technologies, LLC");
        allFixtures().forEach(file -> assertThat(sources).as(file).contains("`" + file.substring(file.indexOf('/') + 1) + "`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFixtures")
    void eachFixtureSignedFreshIsAcknowledgedAndTheBotStillAnswersAGenuineMessageAfterwards(String file) throws Exception {
        byte[] body = SlackFixtures.bytes(file);
        JsonNode json = SlackFixtures.json(file);

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(200);
        if (json.path("type").asText().equals("url_verification")) {
            assertThat(response.body()).isEqualTo(json.path("challenge").asText());
        }
        if (file.startsWith(SlackFixtures.EVENTS_SHAPE + "/")) {
            // Masked values (no user, no event id, type "") are nothing to act on: not even stored.
            assertThat(response.body()).isEqualTo("{}");
            assertThat(TestDatabases.count(databaseUrl, "select count(*) from inbox")).isZero();
        }
        if (file.endsWith("/app_mention.json")) {
            RecordedRequest answer = slack.nextPost();
            assertThat(answer).as("an answer to the mention").isNotNull();
            assertThat(about(answer)).isEqualTo(MENTIONING_USER);
        }

        byte[] genuine = SlackSigning.directMessage("Ev-GENUINE", GENUINE, "renew");
        assertThat(postSigned(genuine).statusCode()).isEqualTo(200);
        List<String> before = new ArrayList<>();
        while (true) {
            RecordedRequest next = slack.next();
            assertThat(next).as("a call for the genuine message after " + before).isNotNull();
            String user = about(next);
            if (user.equals(GENUINE)) {
                break;
            }
            before.add(user);
        }
        // Only the one fixture addressed to the bot is answered; the rest were acknowledged and ignored.
        assertThat(before).allSatisfy(user -> assertThat(user).isEqualTo(MENTIONING_USER));
        assertThat(logs.errors()).isEmpty();
    }
}
