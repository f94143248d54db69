package dev.zairyu.bot.channel.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LINE's own webhook samples (the SDK's test fixtures, byte for byte, with their pinned signatures) posted to
 * {@code /webhooks/line} on a real server, with LINE's API faked at its HTTP boundary. A fixture dropped into
 * {@code fixtures/line/} or {@code fixtures/line/callback/} is covered without touching this class.
 */
class LineFixturesConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = "/v2/bot/message/reply";
    private static final String LOADING = "/v2/bot/chat/loading";
    private static final String SOMEONE = "U4af4980629aaaaaaaaaaaaaaaaaaaaaaa";

    private FakeLine line;
    private RunningBot bot;
    private int genuine;

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

    static Stream<String> bodyFiles() {
        return LineFixtures.bodyFiles().stream();
    }

    static Stream<String> bodyFilesPinnedUpstream() {
        return LineFixtures.upstreamPinned().stream().filter(entry -> entry.has("body_file"))
                .map(entry -> entry.get("body_file").asText());
    }

    static Stream<Named<JsonNode>> inlineBodiesPinnedUpstream() {
        return LineFixtures.upstreamPinned().stream().filter(entry -> entry.has("body"))
                .map(entry -> Named.of(entry.get("body").asText() + " signed " + entry.get("x_line_signature").asText()
                        + (entry.get("expect_valid").asBoolean() ? " (valid)" : " (invalid)"), entry));
    }

    @Test
    void everyFixtureFileHasAPinnedSignatureAndEveryPinnedSignatureAFile() {
        assertThat(LineFixtures.derivedSignatures().keySet())
                .as("signature-vectors.json derived_not_upstream.signatures: add an entry for each new fixture")
                .containsExactlyInAnyOrderElementsOf(LineFixtures.bodyFiles());
        assertThat(bodyFilesPinnedUpstream()).isNotEmpty().allSatisfy(file ->
                assertThat(LineFixtures.bodyFiles()).contains(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyFiles")
    void aFixturePostedByteForByteWithItsPinnedSignatureIsAcceptedWith200(String file) {
        String signature = LineFixtures.derivedSignatures().get(file);
        assertThat(signature).as("pinned signature for " + file).isNotNull();

        assertThat(post(LineFixtures.bytes(file), signature).statusCode()).as(file).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyFilesPinnedUpstream")
    void aFixtureWithASignaturePinnedByLinesOwnTestsIsAcceptedWith200(String file) {
        JsonNode entry = LineFixtures.upstreamPinned().stream()
                .filter(e -> file.equals(e.path("body_file").asText())).findFirst().orElseThrow();
        assertThat(entry.get("channelSecret").asText()).isEqualTo(FakeLine.SECRET);
        assertThat(entry.get("expect_valid").asBoolean()).isTrue();

        assertThat(post(LineFixtures.bytes(file), entry.get("x_line_signature").asText()).statusCode()).as(file).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyFiles")
    void aFixtureWithOneLetterChangedIsRefusedWith401AndLineIsNotCalled(String file) throws Exception {
        byte[] original = LineFixtures.bytes(file);
        byte[] forged = LineFixtures.withOneLetterFlipped(original);
        assertThat(forged).isNotEqualTo(original);
        assertThat(JSON.readTree(forged)).as("still well-formed JSON").isNotNull();
        assertThat(new String(forged, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).as("still UTF-8").isEqualTo(forged);

        assertThat(post(forged, LineFixtures.derivedSignatures().get(file)).statusCode()).as("forged " + file).isEqualTo(401);

        assertTheNextCallAnswersAGenuineEventFrom(firstUser(LineFixtures.json(file)), Set.of(), "forged " + file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodyFiles")
    void aFixtureGetsOneReplyWithItsReplyTokenPerOneToOneTextFollowOrPostbackAndNoOtherCall(String file) throws Exception {
        JsonNode body = LineFixtures.json(file);
        List<JsonNode> answerable = LineFixtures.answerableEvents(body);

        assertThat(post(LineFixtures.bytes(file), LineFixtures.derivedSignatures().get(file)).statusCode()).as(file).isEqualTo(200);

        Set<String> speakers = speakers(answerable);
        for (JsonNode event : answerable) {
            JsonNode reply = nextReply(speakers);
            assertThat(reply.get("replyToken").asText()).as("%s: reply to the %s event", file, event.get("type").asText())
                    .isEqualTo(event.get("replyToken").asText());
            assertThat(LineReplyContract.problems(reply)).as("reply to %s against LINE's spec", file).isEmpty();
        }
        assertTheNextCallAnswersAGenuineEventFrom(firstUser(body), speakers, file);
    }

    @Test
    void theRuleForWhatIsAnsweredPicksOneToOneTextFollowAndPostbackOnly() {
        assertThat(answerableTypes("parser-callback-request.json")).containsExactly("message", "follow");
        assertThat(answerableTypes("callback/text-user.json")).containsExactly("message");
        assertThat(answerableTypes("callback/postback.json")).containsExactly("postback");
        assertThat(answerableTypes("callback/text-group.json")).isEmpty();
        assertThat(answerableTypes("callback/message-edited.json")).isEmpty();
        assertThat(answerableTypes("callback/sticker.json")).isEmpty();
        assertThat(answerableTypes("callback/unfollow.json")).isEmpty();
        assertThat(answerableTypes("callback/unknown.json")).isEmpty();
    }

    @Test
    void theOldShapeWithLowerCaseUserIdsAndNoWebhookEventIdIsStillAnsweredForBothEvents() throws Exception {
        String file = "parser-callback-request.json";
        JsonNode body = LineFixtures.json(file);
        assertThat(body.at("/events/0/webhookEventId").isMissingNode()).isTrue();
        assertThat(body.at("/events/0/source/userId").asText()).startsWith("u");

        assertThat(post(LineFixtures.bytes(file), LineFixtures.derivedSignatures().get(file)).statusCode()).isEqualTo(200);

        Set<String> speakers = LineFixtures.userIds(body);
        JsonNode toText = nextReply(speakers);
        JsonNode toFollow = nextReply(speakers);
        assertThat(toText.get("replyToken").asText()).isEqualTo("nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
        assertThat(toFollow.get("replyToken").asText()).isEqualTo("nHuyWiB7yP5Zw52FIkcQobQuGDXCTA");
        assertThat(toFollow.get("messages").toString()).contains("Hello! I'm zairyu-bot");
        assertTheNextCallAnswersAGenuineEventFrom(firstUser(body), speakers, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineBodiesPinnedUpstream")
    void theEmptyObjectPinnedUpstreamGets400WhenItsSignatureIsValidAnd401WhenNot(JsonNode entry) throws Exception {
        assertThat(entry.get("channelSecret").asText()).isEqualTo(FakeLine.SECRET);
        byte[] body = entry.get("body").asText().getBytes(StandardCharsets.UTF_8);
        // "{}" has no "events": LINE always sends that field, so a genuine request without it is malformed.
        int expected = entry.get("expect_valid").asBoolean() ? 400 : 401;

        assertThat(post(body, entry.get("x_line_signature").asText()).statusCode()).as(entry.toString()).isEqualTo(expected);

        assertTheNextCallAnswersAGenuineEventFrom(SOMEONE, Set.of(), "{}");
    }

    @Test
    void aRedeliveredEventPostedTwiceIsAcceptedBothTimesAndAnsweredOnce() throws Exception {
        String file = "callback/webhook-redelivery.json";
        JsonNode body = LineFixtures.json(file);
        assertThat(body.at("/events/0/deliveryContext/isRedelivery").asBoolean()).isTrue();
        assertThat(body.at("/events/0/webhookEventId").asText()).isNotBlank();
        String signature = LineFixtures.derivedSignatures().get(file);

        assertThat(post(LineFixtures.bytes(file), signature).statusCode()).isEqualTo(200);
        assertThat(post(LineFixtures.bytes(file), signature).statusCode()).isEqualTo(200);

        String user = firstUser(body);
        JsonNode reply = nextReply(Set.of(user));
        assertThat(reply.get("replyToken").asText()).isEqualTo(body.at("/events/0/replyToken").asText());
        assertThat(LineReplyContract.problems(reply)).isEmpty();
        // The second copy has the same webhookEventId: it is dropped, so the next call answers a new event.
        assertTheNextCallAnswersAGenuineEventFrom(user, Set.of(user), "the second copy of " + file);
        assertThat(bot.get("/healthz").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(byte[] body, String signature) {
        return bot.post("/webhooks/line", body, Map.of("X-Line-Signature", signature, "Content-Type", "application/json"));
    }

    /**
     * Proves, without waiting for time to pass, that nothing before was sent to LINE: a genuine event from the
     * same person (so the bot handles it after anything that person's earlier events caused) must be what
     * LINE's API receives next. Loading animations for that person (a slow genuine turn shows one) and for
     * {@code mayShowLoading} are skipped: an animation alone says nothing, the reply it precedes does.
     */
    private void assertTheNextCallAnswersAGenuineEventFrom(String user, Set<String> mayShowLoading, String after)
            throws Exception {
        sendGenuineFollowFrom(user);
        Set<String> loading = new HashSet<>(mayShowLoading);
        loading.add(user);
        JsonNode reply = nextReply(loading);
        assertThat(reply.get("replyToken").asText())
                .as("after %s, the next call LINE receives must answer the genuine event, but was %s", after, reply)
                .isEqualTo("genuine");
    }

    private void sendGenuineFollowFrom(String user) {
        byte[] body = LineSigning.event(LineSigning.follow("01GENUINE" + (++genuine), user, "genuine"));
        assertThat(bot.post("/webhooks/line", body, LineSigning.headers(body)).statusCode()).isEqualTo(200);
    }

    private static final String PROFILE = "/v2/bot/profile/";

    /** The next reply LINE receives; a loading animation is allowed only for these people. */
    private JsonNode nextReply(Set<String> mayShowLoading) throws Exception {
        while (true) {
            RecordedRequest request = line.next();
            assertThat(request).as("a call to LINE").isNotNull();
            if (request.getTarget().startsWith(PROFILE)) {
                continue;   // looking up a new person's language says nothing to them
            }
            JsonNode body = JSON.readTree(request.getBody().utf8());
            if (request.getTarget().startsWith(LOADING) && mayShowLoading.contains(body.path("chatId").asText())) {
                continue;
            }
            assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST " + REPLY);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeLine.TOKEN);
            return body;
        }
    }

    private static Set<String> speakers(List<JsonNode> events) {
        return Set.copyOf(events.stream().map(e -> e.at("/source/userId").asText()).toList());
    }

    private static String firstUser(JsonNode body) {
        return LineFixtures.userIds(body).stream().findFirst().orElse(SOMEONE);
    }

    private static List<String> answerableTypes(String file) {
        return LineFixtures.answerableEvents(LineFixtures.json(file)).stream().map(e -> e.get("type").asText()).toList();
    }
}
