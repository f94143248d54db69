package dev.zairyu.bot.channel.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.scripts.ConversationScript;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.TestContent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reply requests the bot sends LINE, checked against {@code ReplyMessageRequest} in LINE's OpenAPI spec
 * ({@code fixtures/line-openapi/messaging-api.yml}) by a real JSON Schema validator, plus the limits LINE's
 * reference documents but the spec leaves out. The negative cases prove the validator bites.
 */
class LineReplyContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = TestContent.TODAY;

    /** A reply like the bot's date question: one text message with a date picker and a postback quick reply. */
    private static final String VALID = """
            {"replyToken": "nHuyWiB7yP5Zw52FIkcQobQuGDXCTA",
             "messages": [{"type": "text", "text": "When does your period of stay end?",
               "quickReply": {"items": [
                 {"type": "action", "action": {"type": "datetimepicker", "label": "Pick a date", "data": "a|renewal|expiry|",
                   "mode": "date", "initial": "2026-11-24", "max": "2036-11-24", "min": "2021-11-24"}},
                 {"type": "action", "action": {"type": "postback", "label": "Engineer/Humanities",
                   "data": "a|renewal|status|engineer", "displayText": "Engineer/Humanities"}}]}}],
             "notificationDisabled": false}""";

    @Test
    void theValidatorChecksEverySchemaAReplyReachesThroughReferencesAndDiscriminators() {
        assertThat(LineReplyContract.SCHEMAS.reachableFrom("ReplyMessageRequest")).contains(
                "Message", "TextMessage", "QuickReply", "QuickReplyItem", "Action", "PostbackAction",
                "DatetimePickerAction", "Sender", "Emoji");
    }

    @Test
    void theReplyLinesOwnSdkTestsExpectIsValid() throws Exception {
        JsonNode pinned = LineFixtures.upstreamPinned().stream().filter(e -> e.has("expected_outbound")).findFirst().orElseThrow();
        for (JsonNode outbound : pinned.get("expected_outbound")) {
            assertThat(outbound.get("path").asText()).isEqualTo("/v2/bot/message/reply");
            assertThat(LineReplyContract.problems(JSON.readTree(outbound.get("body").asText()))).isEmpty();
        }
    }

    @Test
    void aReplyWithATextMessageADatePickerAndAPostbackQuickReplyIsValid() {
        assertThat(LineReplyContract.problems(valid())).isEmpty();
    }

    // ---- the bot's real replies ----

    @Test
    void everyReplyInARenewalConversationOverLineIsARequestLinesSpecAccepts() {
        try (LineChat chat = new LineChat(TODAY)) {
            JsonNode greeting = chat.follow();
            JsonNode statusChoices = lastMessage(greeting).at("/quickReply/items");
            assertThat(statusChoices).hasSize(13);
            statusChoices.forEach(item -> assertThat(item.at("/action/type").asText()).isEqualTo("postback"));

            JsonNode dateQuestion = chat.tap("Engineer/Humanities");
            assertThat(chat.quickReplyActions()).anySatisfy(action -> {
                assertThat(action.get("type").asText()).isEqualTo("datetimepicker");
                assertThat(action.get("mode").asText()).isEqualTo("date");
            });

            JsonNode periodQuestion = chat.pick(LocalDate.of(2027, 3, 31));
            assertThat(chat.lastText()).contains("How long is your period of stay");

            JsonNode timeline = chat.tap("1 year");
            assertThat(chat.lastText()).contains("2026-12-31 (Thu)").contains("2027-03-30 (Tue)");
            JsonNode onlineQuestion = chat.tap("Yes");
            assertThat(chat.lastText()).contains("Online Residence Application System");

            for (JsonNode reply : List.of(greeting, dateQuestion, periodQuestion, timeline, onlineQuestion)) {
                assertThat(LineReplyContract.problems(reply)).as(reply.toString()).isEmpty();
            }
            assertThat(chat.sent()).hasSize(5);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScriptedConversationPlayedOverLineSendsOnlyValidRepliesThatSayWhatTheScriptExpects()
            throws Exception {
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory()).addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (Stream<Path> files = Files.list(TestContent.ROOT.resolve("tests"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                            play(yaml.readValue(file.toFile(), ConversationScript.class))));
        }
    }

    private static void play(ConversationScript script) {
        try (LineChat chat = new LineChat(script.today())) {
            int n = 0;
            for (ConversationScript.Turn turn : script.turns()) {
                n++;
                JsonNode reply;
                if (Boolean.TRUE.equals(turn.follow())) {
                    reply = chat.follow();
                } else if (turn.say() != null) {
                    reply = chat.say(turn.say());
                } else if (turn.tap() != null) {
                    reply = chat.tap(turn.tap());
                } else {
                    reply = chat.pick(turn.pick());
                }
                assertThat(LineReplyContract.problems(reply)).as("turn %d of %s: %s", n, script.name(), reply).isEmpty();
                String said = chat.lastText();
                assertThat(turn.expect()).as("turn %d of %s", n, script.name()).allSatisfy(text -> assertThat(said).contains(text));
                assertThat(turn.expectNot()).as("turn %d of %s", n, script.name())
                        .allSatisfy(text -> assertThat(said).doesNotContain(text));
            }
        }
    }

    @Test
    void aTurnSayingMoreThanLineTakesIsSentAsAValidReplyWithinEveryLimit() throws Exception {
        List<OutboundMessage> turn = new ArrayList<>();
        turn.add(OutboundMessage.text("x".repeat(6000)));
        IntStream.range(0, 6).forEach(i -> turn.add(OutboundMessage.text("bubble " + i)));
        List<OutboundMessage.Choice> choices = IntStream.range(0, 20)
                .mapToObj(i -> new OutboundMessage.Choice("Choice number " + i, "a|renewal|status|c" + i)).toList();
        turn.add(new OutboundMessage("Pick one", choices,
                new OutboundMessage.DateRequest("Pick a date", "a|renewal|expiry|", TODAY, TODAY.minusYears(5), TODAY.plusYears(10))));

        RecordedRequest request = sentByTheGateway("limits-token", turn);
        assertThat(request.getTarget()).isEqualTo("/v2/bot/message/reply");
        JsonNode reply = JSON.readTree(request.getBody().utf8());

        assertThat(reply.get("messages").size()).isLessThanOrEqualTo(LineMessages.MAX_MESSAGES).isEqualTo(5);
        assertThat(lastMessage(reply).at("/quickReply/items")).hasSize(13);
        assertThat(reply.at("/messages/0/text").asText()).hasSizeLessThanOrEqualTo(5000);
        assertThat(LineReplyContract.problems(reply)).isEmpty();
    }

    @Test
    void aPushTheGatewaySendsWhenThereIsNoReplyTokenIsARequestLinesSpecAccepts() throws Exception {
        RecordedRequest push = sentByTheGateway(null, List.of(OutboundMessage.text("Your window opens today."),
                new OutboundMessage("Remind me again?", List.of(new OutboundMessage.Choice("Yes", "a|renewal|remind|yes")), null)));

        assertThat(push.getTarget()).isEqualTo("/v2/bot/message/push");
        JsonNode body = JSON.readTree(push.getBody().utf8());
        assertThat(LineReplyContract.pushProblems(body)).isEmpty();
        body = ((ObjectNode) body).without("to");
        assertThat(LineReplyContract.PUSH_SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("to").contains("[required]"));
    }

    // ---- the validator bites ----

    @Test
    void aReplyWithoutAReplyTokenFailsTheSpec() {
        ObjectNode body = valid();
        body.remove("replyToken");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("replyToken").contains("[required]"));
    }

    @Test
    void aReplyWithNoMessagesFailsTheSpec() {
        ObjectNode body = valid();
        body.putArray("messages");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("$.messages").contains("[minItems]"));
    }

    @Test
    void sixMessagesFailTheSpecsLimitOfFive() {
        ObjectNode body = valid();
        ArrayNode messages = (ArrayNode) body.get("messages");
        for (int i = 0; i < 5; i++) {
            messages.addObject().put("type", "text").put("text", "more " + i);
        }

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("$.messages").contains("[maxItems]"));
    }

    @Test
    void fourteenQuickReplyItemsFailTheSpecsLimitOfThirteen() {
        ObjectNode body = valid();
        ArrayNode items = (ArrayNode) body.at("/messages/0/quickReply/items");
        for (int i = items.size(); i < 14; i++) {
            items.add(postbackItem("Choice " + i, "a|x|y|" + i));
        }

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items").contains("[maxItems]"));
    }

    @Test
    void anUnknownActionTypeFailsTheSpec() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/1/action")).put("type", "teleport");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[1].action.type").contains("[enum]"));
    }

    @Test
    void anUnknownMessageTypeFailsTheSpec() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0")).put("type", "hologram");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("$.messages[0].type").contains("[enum]"));
    }

    @Test
    void aTextMessageWithoutTextFailsTheSpecThroughTheDiscriminator() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0")).remove("text");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).anySatisfy(p -> assertThat(p).contains("$.messages[0]").contains("text").contains("[required]"));
    }

    @Test
    void postbackDataOver300CharactersFailsTheSpecThroughTheDiscriminator() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/1/action")).put("data", "d".repeat(301));

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[1].action.data").contains("[maxLength]"));
    }

    @Test
    void aDatePickerModeLineDoesNotKnowFailsTheSpec() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/0/action")).put("mode", "week");

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[0].action.mode").contains("[enum]"));
    }

    @Test
    void aQuickReplyLabelOf21CharactersBreaksLinesDocumentedLimitThoughTheSpecSnapshotOmitsIt() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/1/action")).put("label", "L".repeat(21));

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).as("the snapshot has no maxLength on Action.label").isEmpty();
        assertThat(LineReplyContract.DOCUMENTED_LIMITS.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[1].action.label").contains("[maxLength]"));
    }

    @Test
    void aQuickReplyLabelOf20CharactersIsWithinTheLimit() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/1/action")).put("label", "L".repeat(20));

        assertThat(LineReplyContract.problems(body)).isEmpty();
    }

    @Test
    void aTextOf5001CharactersBreaksLinesDocumentedLimitThoughTheSpecSnapshotOmitsIt() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0")).put("text", "t".repeat(5001));

        assertThat(LineReplyContract.SPEC_SCHEMA.problems(body)).as("the snapshot has no maxLength on TextMessage.text").isEmpty();
        assertThat(LineReplyContract.DOCUMENTED_LIMITS.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].text").contains("[maxLength]"));
    }

    @Test
    void aQuickReplyButtonWithoutALabelBreaksLinesDocumentedLimit() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/1/action")).remove("label");

        assertThat(LineReplyContract.DOCUMENTED_LIMITS.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[1].action").contains("label").contains("[required]"));
    }

    @Test
    void aDatePickerDateNotInIsoFormBreaksLinesDocumentedFormat() {
        ObjectNode body = valid();
        ((ObjectNode) body.at("/messages/0/quickReply/items/0/action")).put("initial", "24/11/2026");

        assertThat(LineReplyContract.DOCUMENTED_LIMITS.problems(body))
                .anySatisfy(p -> assertThat(p).contains("$.messages[0].quickReply.items[0].action.initial").contains("[pattern]"));
    }

    // ---- helpers ----

    private static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree(VALID);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode postbackItem(String label, String data) {
        ObjectNode item = JSON.createObjectNode().put("type", "action");
        item.putObject("action").put("type", "postback").put("label", label).put("data", data);
        return item;
    }

    private static JsonNode lastMessage(JsonNode reply) {
        JsonNode messages = reply.get("messages");
        return messages.get(messages.size() - 1);
    }

    /** What LINE's API receives when the real gateway delivers these messages (a push without a reply token). */
    private static RecordedRequest sentByTheGateway(String replyToken, List<OutboundMessage> messages) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (FakeLine line = new FakeLine()) {
            LineGateway gateway = new LineGateway(LineGateway.client(FakeLine.TOKEN, URI.create(line.baseUrl())),
                    timer, Duration.ofMinutes(1));
            gateway.deliver(new UserRef(Channel.LINE, "U0123456789abcdef0123456789abcdef"), replyToken, UUID.randomUUID(),
                    messages);
            RecordedRequest request = line.next();
            assertThat(request).as("a call to LINE").isNotNull();
            return request;
        } finally {
            timer.shutdownNow();
        }
    }
}
