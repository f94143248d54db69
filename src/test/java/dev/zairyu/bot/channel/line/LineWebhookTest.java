package dev.zairyu.bot.channel.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.testing.FakeLine;
import dev.zairyu.bot.testing.LineSigning;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /webhooks/line} on a real server, with LINE's API faked at its HTTP boundary. */
class LineWebhookTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "U4af4980629aaaaaaaaaaaaaaaaaaaaaaa";

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

    private HttpResponse<String> signed(String event) {
        byte[] body = LineSigning.event(event);
        return bot.post("/webhooks/line", body, LineSigning.headers(body));
    }

    private JsonNode nextReply() throws Exception {
        RecordedRequest request = line.nextMessage();
        assertThat(request).as("a call to LINE").isNotNull();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v2/bot/message/reply");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeLine.TOKEN);
        return JSON.readTree(request.getBody().utf8());
    }

    @Test
    void aSignedFollowIsAnsweredWithAGreetingAndTheStatusChoicesAsQuickReplies() throws Exception {
        assertThat(signed(LineSigning.follow("01FOLLOW", USER, "token-follow")).statusCode()).isEqualTo(200);

        JsonNode reply = nextReply();
        assertThat(reply.get("replyToken").asText()).isEqualTo("token-follow");
        JsonNode messages = reply.get("messages");
        assertThat(messages.get(0).get("type").asText()).isEqualTo("text");
        assertThat(messages.get(0).get("text").asText()).contains("Hello! I'm zairyu-bot");
        JsonNode last = messages.get(messages.size() - 1);
        assertThat(last.get("text").asText()).contains("status of residence");
        JsonNode items = last.get("quickReply").get("items");
        assertThat(items).hasSize(13);
        assertThat(items.get(0)).isEqualTo(JSON.readTree("""
                {"type":"action","action":{"type":"postback","label":"Engineer/Humanities",
                 "data":"a|renewal|status|engineer","displayText":"Engineer/Humanities"}}"""));
    }

    @Test
    void theDateQuestionOffersLinesDatePicker() throws Exception {
        signed(LineSigning.follow("01F", USER, "t1"));
        nextReply();
        signed(LineSigning.postback("01P", USER, "t2", "a|renewal|status|student", null));

        JsonNode reply = nextReply();
        assertThat(reply.get("replyToken").asText()).isEqualTo("t2");
        JsonNode item = reply.get("messages").get(0).get("quickReply").get("items").get(0);
        assertThat(item).isEqualTo(JSON.readTree("""
                {"type":"action","action":{"type":"datetimepicker","label":"Pick a date","data":"a|renewal|expiry|",
                 "mode":"date","initial":"2026-11-24","max":"2036-11-24","min":"2021-11-24"}}"""));
    }

    @Test
    void aPickedDateFromTheDatePickerIsUsed() throws Exception {
        signed(LineSigning.follow("01F", USER, "t1"));
        nextReply();
        signed(LineSigning.postback("01P", USER, "t2", "a|renewal|status|engineer", null));
        nextReply();
        signed(LineSigning.postback("01D", USER, "t3", "a|renewal|expiry|", "2027-03-31"));
        nextReply();
        signed(LineSigning.postback("01Y", USER, "t4", "a|renewal|period|1y", null));

        String text = nextReply().get("messages").toString();
        assertThat(text).contains("2026-12-31 (Thu)").contains("2027-01-04 (Mon)").contains("2027-03-30 (Tue)");
    }

    @Test
    void aForgedSignatureGets401AndLineIsNotCalled() throws Exception {
        byte[] body = LineSigning.event(LineSigning.follow("01FORGED", USER, "forged"));
        HttpResponse<String> response = bot.post("/webhooks/line", body,
                Map.of("X-Line-Signature", LineSigning.sign("something else".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(401);

        // The next call LINE sees answers a genuine event: the forged one produced none.
        signed(LineSigning.follow("01GENUINE", USER, "genuine"));
        assertThat(nextReply().get("replyToken").asText()).isEqualTo("genuine");
    }

    @Test
    void aMissingSignatureGets401() {
        byte[] body = LineSigning.event(LineSigning.follow("01NOSIG", USER, "nosig"));
        assertThat(bot.post("/webhooks/line", body, Map.of("Content-Type", "application/json")).statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyDeclaredOverOneMebibyteGets413BeforeItIsSent() throws Exception {
        // A raw request: the server must answer from the headers alone, without reading a mebibyte.
        try (Socket socket = new Socket("127.0.0.1", bot.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhooks/line HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Line-Signature: x\r\nContent-Length: " + (1024 * 1024 + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aChunkedBodyOverOneMebibyteGets413() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", bot.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhooks/line HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Line-Signature: x\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            String header = Integer.toHexString(chunk.length) + "\r\n";
            try {
                for (int i = 0; i < 17; i++) {
                    out.write(header.getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // The server may answer and close before the whole body is written: that is the point.
            }
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void malformedJsonWithAValidSignatureGets400() {
        byte[] body = "{\"events\":[{\"type\":".getBytes(StandardCharsets.UTF_8);
        assertThat(bot.post("/webhooks/line", body, LineSigning.headers(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void linesVerifyRequestWithNoEventsGets200() {
        byte[] body = "{\"destination\":\"U0\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(bot.post("/webhooks/line", body, LineSigning.headers(body)).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownEventTypeIsAcknowledgedAndIgnored() throws Exception {
        String unknown = "{\"type\":\"greatNewFeature\",\"mode\":\"active\",\"timestamp\":1764000000000,"
                + "\"webhookEventId\":\"01NEW\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"source\":{\"type\":\"user\",\"userId\":\"" + USER + "\"}}";
        assertThat(signed(unknown).statusCode()).isEqualTo(200);

        signed(LineSigning.follow("01AFTER", USER, "after"));
        assertThat(nextReply().get("replyToken").asText()).isEqualTo("after");
    }

    @Test
    void healthAndReadinessAnswer() {
        assertThat(bot.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(bot.get("/readyz").body()).isEqualTo("ready");
    }
}
