package dev.zairyu.bot.channel.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.store.MemoryTurnStore;
import dev.zairyu.bot.testing.TestContent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TerminalChatTest {
    @Test
    void aPersonCanHoldTheWholeRenewalConversationInTheTerminal() throws Exception {
        Clock clock = TestContent.clockAt(TestContent.TODAY);
        ConversationService conversations = new ConversationService(TestContent::engine,
                new MemoryTurnStore(10, Duration.ofMinutes(5)), clock);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalChat(conversations, clock, new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new StringReader("1\n31 March 2027\n3\n2\nquit\n"));

        String transcript = out.toString(StandardCharsets.UTF_8);
        assertThat(transcript)
                .contains("[1] Engineer/Humanities")
                .contains("(type a date, e.g. 2027-03-31)")
                .contains("You can apply from 2026-12-31 (Thu)")
                .contains("Last day to apply online: 2027-03-30 (Tue)")
                .contains("6,000 yen at the counter");
    }
}
