package dev.zairyu.bot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zairyu.bot.testing.RunningBot;
import dev.zairyu.bot.testing.TestContent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local web chat on a real server: the page, and turns through {@code POST /chat/turn}. */
class WebChatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningBot bot;

    @BeforeEach
    void start() {
        bot = new RunningBot(Map.of(), TestContent.clockAt(TestContent.TODAY));
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private JsonNode turn(String json) throws Exception {
        HttpResponse<String> response = bot.post("/chat/turn", json.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("messages");
    }

    @Test
    void thePageIsServedAtTheRoot() {
        HttpResponse<String> page = bot.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\">").contains("/chat/turn");
    }

    @Test
    void aPersonCompletesThePermanentResidentAnswerWithButtonsAndADate() throws Exception {
        String user = "\"user\":\"web-tester-1\"";
        JsonNode greeting = turn("{" + user + ",\"open\":true}");
        assertThat(greeting.get(greeting.size() - 1).get("choices")).hasSize(13);

        JsonNode dateQuestion = turn("{" + user + ",\"data\":\"a|renewal|status|permanent\"}");
        JsonNode date = dateQuestion.get(0).get("date");
        assertThat(date.get("data").asText()).isEqualTo("a|renewal|expiry|");
        assertThat(date.get("min").asText()).isEqualTo("2021-11-24");

        JsonNode answer = turn("{" + user + ",\"data\":\"a|renewal|expiry|\",\"date\":\"2027-08-20\"}");
        assertThat(answer.toString()).contains("2027-06-20 (Sun)").contains("2027-06-21 (Mon)").contains("It is free");
    }

    @Test
    void malformedRequestsGet400() {
        byte[] bad = "{nope".getBytes(StandardCharsets.UTF_8);
        assertThat(bot.post("/chat/turn", bad, Map.of()).statusCode()).isEqualTo(400);
        byte[] noUser = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(bot.post("/chat/turn", noUser, Map.of()).statusCode()).isEqualTo(400);
    }
}
