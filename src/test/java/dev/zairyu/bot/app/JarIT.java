package dev.zairyu.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.testing.JarProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a new user meets it: started from an empty folder, with the content inside the jar. */
class JarIT {
    @TempDir
    Path emptyFolder;

    @Test
    void theJarServesTheWebChatOnItsEmbeddedDefaults() throws Exception {
        try (JarProcess bot = JarProcess.start(emptyFolder, Map.of("PORT", "0", "BOT_TODAY", "2026-11-24"))) {
            int port = bot.awaitReady();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);

            String user = "{\"user\":\"jar-test-user\",";
            post(http, port, user + "\"open\":true}");
            post(http, port, user + "\"data\":\"a|renewal|status|engineer\"}");
            post(http, port, user + "\"text\":\"2027-03-31\"}");
            String answer = post(http, port, user + "\"data\":\"a|renewal|period|1y\"}");
            assertThat(answer).contains("2026-12-31 (Thu)").contains("2027-01-04 (Mon)").contains("in 127 days");
            assertThat(bot.output()).doesNotContain("ERROR");
        }
    }

    private static String post(HttpClient http, int port, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chat/turn"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theJarValidatesAndTestsItsBundledContent() throws Exception {
        JarProcess.Finished validate = JarProcess.start(emptyFolder, Map.of(), "flows", "validate").finish(60);
        assertThat(validate.exitCode()).as(validate.output()).isEqualTo(0);
        assertThat(validate.output()).contains("is valid");
    }

    @Test
    void aBadSettingStopsStartUpWithOneLine() throws Exception {
        JarProcess.Finished run = JarProcess.start(emptyFolder, Map.of("PORT", "eighty")).finish(60);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output().strip()).isEqualTo("zairyu-bot: PORT must be a port number from 0 to 65535, got 'eighty'");
    }
}
