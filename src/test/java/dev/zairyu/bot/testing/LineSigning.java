package dev.zairyu.bot.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs webhook bodies the way LINE does: Base64(HMAC-SHA256(channel secret, raw body)). */
public final class LineSigning {
    private LineSigning() {
    }

    public static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(FakeLine.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> headers(byte[] body) {
        return Map.of("X-Line-Signature", sign(body), "Content-Type", "application/json");
    }

    /** A webhook body with one event from a 1:1 chat. */
    public static byte[] event(String eventJson) {
        return ("{\"destination\":\"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",\"events\":[" + eventJson + "]}").getBytes(StandardCharsets.UTF_8);
    }

    public static String text(String eventId, String userId, String replyToken, String text) {
        return "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1764000000000,\"webhookEventId\":\"" + eventId + "\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},"
                + "\"replyToken\":\"" + replyToken + "\",\"message\":{\"id\":\"1\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\""
                + text.replace("\"", "\\\"") + "\"}}";
    }

    public static String follow(String eventId, String userId, String replyToken) {
        return "{\"type\":\"follow\",\"mode\":\"active\",\"timestamp\":1764000000000,\"webhookEventId\":\"" + eventId + "\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},"
                + "\"replyToken\":\"" + replyToken + "\",\"follow\":{\"isUnblocked\":false}}";
    }

    public static String postback(String eventId, String userId, String replyToken, String data, String date) {
        return "{\"type\":\"postback\",\"mode\":\"active\",\"timestamp\":1764000000000,\"webhookEventId\":\"" + eventId + "\","
                + "\"deliveryContext\":{\"isRedelivery\":false},\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},"
                + "\"replyToken\":\"" + replyToken + "\",\"postback\":{\"data\":\"" + data + "\""
                + (date == null ? "" : ",\"params\":{\"date\":\"" + date + "\"}") + "}}";
    }
}
