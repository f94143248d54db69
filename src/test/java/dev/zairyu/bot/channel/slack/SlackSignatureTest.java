package dev.zairyu.bot.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.channel.slack.SlackSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Slack's v0 request signing, checked against Slack's documented vector and vectors over the SDK's own test bodies. */
class SlackSignatureTest {
    private static final JsonNode VECTORS = SlackFixtures.vectors();
    private static final JsonNode DOCUMENTED = VECTORS.get("upstream_pinned").get(0);
    private static final JsonNode DERIVED = VECTORS.get("derived_not_upstream");
    private static final String DERIVED_SECRET = DERIVED.get("signingSecret").asText();
    private static final String TIMESTAMP = DERIVED.get("x_slack_request_timestamp").asText();
    private static final Instant SENT = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

    /** One body the derived vectors sign, and its signature, for the tamper and time-window cases. */
    private static final String FILE = "from-tests/app_mention.json";
    private static final byte[] BODY = SlackFixtures.bytes(FILE);
    private static final String SIGNATURE = DERIVED.get("signatures").get(FILE).asText();

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static SlackSignature verifierAt(Instant instant) {
        return new SlackSignature(DERIVED_SECRET, at(instant));
    }

    private static Verdict verifyAt(Instant now, String timestamp, byte[] body, String signature) {
        return verifierAt(now).verify(timestamp, body, signature);
    }

    static Stream<String> derivedFiles() {
        return SlackFixtures.files(SlackFixtures.FROM_TESTS).stream();
    }

    @Test
    void slacksDocumentedExampleIsValidWithAClockAtItsTimestamp() {
        String timestamp = DOCUMENTED.get("x_slack_request_timestamp").asText();
        assertThat(timestamp).isEqualTo("1531420618");
        SlackSignature signature = new SlackSignature(DOCUMENTED.get("signingSecret").asText(),
                at(Instant.ofEpochSecond(1531420618L)));

        Verdict verdict = signature.verify(timestamp, DOCUMENTED.get("body").asText().getBytes(StandardCharsets.UTF_8),
                DOCUMENTED.get("x_slack_signature").asText());

        assertThat(verdict).isEqualTo(Verdict.VALID);
    }

    @Test
    void slacksDocumentedExampleSignedWithAnotherSecretIsForged() {
        SlackSignature signature = new SlackSignature("another-secret", at(Instant.ofEpochSecond(1531420618L)));

        assertThat(signature.verify("1531420618", DOCUMENTED.get("body").asText().getBytes(StandardCharsets.UTF_8),
                DOCUMENTED.get("x_slack_signature").asText())).isEqualTo(Verdict.FORGED);
    }

    @Test
    void everyFromTestsFixtureHasADerivedVector() {
        List<String> signed = new ArrayList<>();
        DERIVED.get("signatures").fieldNames().forEachRemaining(signed::add);

        assertThat(signed).containsExactlyInAnyOrderElementsOf(derivedFiles().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derivedFiles")
    void theDerivedVectorOverEachSdkTestBodyIsValid(String file) {
        String signature = DERIVED.get("signatures").get(file).asText();

        assertThat(verifyAt(SENT, TIMESTAMP, SlackFixtures.bytes(file), signature)).isEqualTo(Verdict.VALID);
    }

    @Test
    void theSignatureCoversTheRawBytesSoTheSameJsonReformattedIsForged() throws Exception {
        // message_minimal.json has odd whitespace ("}   ,"): a verifier that re-serialises the JSON would fail here.
        String file = "from-tests/message_minimal.json";
        byte[] reformatted = new ObjectMapper().writeValueAsBytes(SlackFixtures.json(file));
        String signature = DERIVED.get("signatures").get(file).asText();

        assertThat(verifyAt(SENT, TIMESTAMP, SlackFixtures.bytes(file), signature)).isEqualTo(Verdict.VALID);
        assertThat(verifyAt(SENT, TIMESTAMP, reformatted, signature)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void oneFlippedByteOfTheBodyIsForged() {
        for (int i : new int[] {0, BODY.length / 2, BODY.length - 1}) {
            byte[] tampered = BODY.clone();
            tampered[i] ^= 0x01;
            assertThat(verifyAt(SENT, TIMESTAMP, tampered, SIGNATURE)).as("byte %d flipped", i).isEqualTo(Verdict.FORGED);
        }
    }

    @Test
    void aTrailingNewlineAddedToTheBodyIsForged() {
        byte[] longer = (new String(BODY, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(verifyAt(SENT, TIMESTAMP, longer, SIGNATURE)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void oneFlippedByteOfTheSignatureIsForged() {
        for (int i : new int[] {"v0=".length(), SIGNATURE.length() / 2, SIGNATURE.length() - 1}) {
            char[] chars = SIGNATURE.toCharArray();
            chars[i] ^= 0x01;
            String tampered = new String(chars);
            assertThat(tampered).isNotEqualTo(SIGNATURE);
            assertThat(verifyAt(SENT, TIMESTAMP, BODY, tampered)).as("character %d flipped", i).isEqualTo(Verdict.FORGED);
        }
    }

    @Test
    void aSignatureOfAnotherVersionOrTruncatedIsForged() {
        assertThat(verifyAt(SENT, TIMESTAMP, BODY, "v1=" + SIGNATURE.substring(3))).isEqualTo(Verdict.FORGED);
        assertThat(verifyAt(SENT, TIMESTAMP, BODY, SIGNATURE.substring(0, SIGNATURE.length() - 2))).isEqualTo(Verdict.FORGED);
        assertThat(verifyAt(SENT, TIMESTAMP, BODY, SIGNATURE.substring(3))).isEqualTo(Verdict.FORGED);
    }

    @Test
    void oneFlippedByteOfTheTimestampIsForged() {
        // '8' ^ 1 = '9': a second later, well inside the window, so only the signature can catch it.
        char[] chars = TIMESTAMP.toCharArray();
        chars[chars.length - 1] ^= 0x01;
        String tampered = new String(chars);
        assertThat(tampered).isEqualTo("1531420619");

        assertThat(verifyAt(SENT, tampered, BODY, SIGNATURE)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aMissingTimestampOrSignatureHeaderIsMissing() {
        assertThat(verifyAt(SENT, null, BODY, SIGNATURE)).isEqualTo(Verdict.MISSING);
        assertThat(verifyAt(SENT, TIMESTAMP, BODY, null)).isEqualTo(Verdict.MISSING);
        assertThat(verifyAt(SENT, null, BODY, null)).isEqualTo(Verdict.MISSING);
        assertThat(verifyAt(SENT, "", BODY, SIGNATURE)).isEqualTo(Verdict.MISSING);
        assertThat(verifyAt(SENT, TIMESTAMP, BODY, " ")).isEqualTo(Verdict.MISSING);
    }

    @Test
    void aTimestampFiveMinutesAndOneSecondOldIsStale() {
        Instant now = SENT.plus(SlackSignature.MAX_AGE).plusSeconds(1);

        assertThat(verifyAt(now, TIMESTAMP, BODY, SIGNATURE)).isEqualTo(Verdict.STALE);
    }

    @Test
    void aTimestampExactlyFiveMinutesOldIsStillValid() {
        assertThat(SlackSignature.MAX_AGE).isEqualTo(Duration.ofMinutes(5));
        Instant now = SENT.plus(Duration.ofMinutes(5));

        assertThat(verifyAt(now, TIMESTAMP, BODY, SIGNATURE)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aStaleTimestampIsRefusedEvenWithAGenuineSignature() {
        // A captured request replayed a day later: the signature is right, the time is not.
        assertThat(verifyAt(SENT.plus(Duration.ofDays(1)), TIMESTAMP, BODY, SIGNATURE)).isEqualTo(Verdict.STALE);
    }

    @Test
    void aTimestampThirtyOneSecondsInTheFutureIsFuture() {
        Instant now = SENT.minus(SlackSignature.MAX_SKEW).minusSeconds(1);

        assertThat(verifyAt(now, TIMESTAMP, BODY, SIGNATURE)).isEqualTo(Verdict.FUTURE);
    }

    @Test
    void aTimestampThirtySecondsInTheFutureIsAcceptedAsClockSkew() {
        assertThat(SlackSignature.MAX_SKEW).isEqualTo(Duration.ofSeconds(30));
        Instant now = SENT.minusSeconds(30);

        assertThat(verifyAt(now, TIMESTAMP, BODY, SIGNATURE)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aTimestampFarInTheFutureIsRefusedEvenWithAGenuineSignature() {
        // Signed "for later" by someone holding the secret once: the past-only check Bolt does would accept it for ever.
        String later = String.valueOf(SENT.plus(Duration.ofDays(365)).getEpochSecond());
        String signed = dev.zairyu.bot.testing.SlackSigning.sign(DERIVED_SECRET, later, BODY);

        assertThat(verifyAt(SENT, later, BODY, signed)).isEqualTo(Verdict.FUTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1531420618.5", "0x5B47A2CA", "1531420618s", "１５３１４２０６１８"})
    void aTimestampThatIsNotANumberIsForged(String timestamp) {
        assertThat(verifyAt(SENT, timestamp, BODY, SIGNATURE)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aTimestampTooLongForANumberIsForged() {
        assertThat(verifyAt(SENT, "99999999999999999999", BODY, SIGNATURE)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void theLatestAndEarliestInstantsAreFutureAndStale() {
        assertThat(verifyAt(SENT, String.valueOf(Instant.MAX.getEpochSecond()), BODY, SIGNATURE)).isEqualTo(Verdict.FUTURE);
        assertThat(verifyAt(SENT, String.valueOf(Instant.MIN.getEpochSecond()), BODY, SIGNATURE)).isEqualTo(Verdict.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-9223372036854775808", "31556889864403200"})
    void aTimestampBeyondWhatAnInstantHoldsIsRefusedNotThrown(String timestamp) {
        Verdict verdict = verifyAt(SENT, timestamp, BODY, SIGNATURE);

        assertThat(verdict).isIn(Verdict.FORGED, Verdict.STALE, Verdict.FUTURE);
    }
}
