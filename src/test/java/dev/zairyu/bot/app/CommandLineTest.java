package dev.zairyu.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The subcommands content editors use: {@code flows validate}, {@code flows diagram}, {@code flows test}. */
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void flowsValidateSucceedsOnTheShippedContent() {
        assertThat(run("flows", "validate")).isEqualTo(0);
        assertThat(out()).contains("is valid").contains("5 flows");
    }

    @Test
    void flowsDiagramDrawsEveryFlowInMermaid() {
        assertThat(run("flows", "diagram")).isEqualTo(0);
        assertThat(out().split("stateDiagram-v2", -1)).hasSize(6);
        assertThat(out()).contains("title: renewal").contains("title: lost_card").contains("title: child_card")
                .contains("title: menu").contains("title: reminder").contains("route --> card_timeline : card_validity");
    }

    @Test
    void flowsTestRunsEveryScriptedConversation() {
        assertThat(run("flows", "test")).isEqualTo(0);
        assertThat(out()).contains("PASS  worker-march.yaml").contains(" 0 failed");
    }

    @Test
    void anUnknownCommandPrintsTheUsage() {
        assertThat(run("dance")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: zairyu-bot");
    }
}
