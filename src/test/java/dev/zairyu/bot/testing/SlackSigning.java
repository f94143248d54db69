package dev.zairyu.bot.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs request bodies the way Slack does (v0): {@code v0=} + hex HMAC-SHA256 of
 * {@code v0:<timestamp>:<raw body>} with the signing secret; and builds the bodies Slack sends.
 */
public final class SlackSigning {
    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";

    private SlackSigning() {
    }

    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Headers of a request Slack sends now (by this clock), signed with the fake's secret. */
    public static Map<String, String> headers(Clock clock, byte[] body, String contentType) {
        return headers(String.valueOf(clock.instant().getEpochSecond()), body, contentType);
    }

    public static Map<String, String> headers(String timestamp, byte[] body, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("X-Slack-Request-Timestamp", timestamp);
        headers.put("X-Slack-Signature", sign(FakeSlack.SIGNING_SECRET, timestamp, body));
        return headers;
    }

    /** An Events API envelope around one event. */
    public static byte[] callback(String eventId, String eventJson) {
        return ("{\"token\":\"legacy-fixed-value\",\"team_id\":\"T123\",\"api_app_id\":\"A123\",\"event\":" + eventJson
                + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1764000000,"
                + "\"authorizations\":[{\"team_id\":\"T123\",\"user_id\":\"UBOT\",\"is_bot\":true}]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A person writing to the bot in its direct-message channel. */
    public static byte[] directMessage(String eventId, String userId, String text) {
        return callback(eventId, "{\"type\":\"message\",\"channel\":\"D" + userId + "\",\"user\":\"" + userId + "\",\"text\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"ts\":\"1764000000.000100\",\"event_ts\":\"1764000000.000100\","
                + "\"channel_type\":\"im\",\"team\":\"T123\"}");
    }

    /** An interactivity request for a button click: {@code payload=<url-encoded block_actions JSON>}. */
    public static byte[] buttonClick(String userId, String triggerId, String value) {
        return blockActions(userId, triggerId, "{\"type\":\"button\",\"action_id\":\"choice-1\",\"block_id\":\"B1\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"" + value + "\",\"action_ts\":\"1764000001.000100\"}");
    }

    /** An interactivity request for a date picked in a {@code datepicker} element. */
    public static byte[] datePicked(String userId, String triggerId, String blockId, String date) {
        return blockActions(userId, triggerId, "{\"type\":\"datepicker\",\"action_id\":\"date\",\"block_id\":\"" + blockId + "\","
                + "\"selected_date\":\"" + date + "\",\"action_ts\":\"1764000002.000100\"}");
    }

    public static byte[] blockActions(String userId, String triggerId, String actionJson) {
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + userId + "\",\"username\":\"someone\",\"team_id\":\"T123\"},"
                + "\"api_app_id\":\"A123\",\"token\":\"legacy-fixed-value\",\"container\":{\"type\":\"message\","
                + "\"message_ts\":\"1764000000.000100\",\"channel_id\":\"D" + userId + "\",\"is_ephemeral\":false},"
                + "\"trigger_id\":\"" + triggerId + "\",\"team\":{\"id\":\"T123\",\"domain\":\"example\"},"
                + "\"channel\":{\"id\":\"D" + userId + "\",\"name\":\"directmessage\"},"
                + "\"response_url\":\"https://hooks.slack.com/actions/T123/1/abc\",\"actions\":[" + actionJson + "]}";
        return ("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
