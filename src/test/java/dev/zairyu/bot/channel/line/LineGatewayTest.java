package dev.zairyu.bot.channel.line;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.testing.FakeLine;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineGatewayTest {
    private final FakeLine line = new FakeLine();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private static final InboundEvent TEXT = new InboundEvent("e1", new UserRef(Channel.LINE, "U1"), Instant.EPOCH,
            "reply-1", null, new InboundEvent.Text("hello"));

    @AfterEach
    void stop() {
        timer.shutdownNow();
        line.close();
    }

    private LineGateway gateway(Duration slowAfter) {
        return new LineGateway(LineGateway.client(FakeLine.TOKEN, URI.create(line.baseUrl())), timer, slowAfter);
    }

    @Test
    void aSlowAnswerShowsLinesLoadingAnimationForThatChat() throws Exception {
        try (AutoCloseable ignored = gateway(Duration.ZERO).processing(TEXT.user())) {
            RecordedRequest loading = line.next();
            assertThat(loading.getTarget()).isEqualTo("/v2/bot/chat/loading/start");
            assertThat(loading.getBody().utf8()).isEqualTo("{\"chatId\":\"U1\",\"loadingSeconds\":20}");
        }
    }

    @Test
    void aQuickAnswerShowsNoAnimation() throws Exception {
        LineGateway gateway = gateway(Duration.ofMinutes(10));
        try (AutoCloseable ignored = gateway.processing(TEXT.user())) {
            gateway.deliver(TEXT.user(), "reply-1", UUID.randomUUID(), List.of(OutboundMessage.text("hi")));
        }
        assertThat(line.next().getTarget()).isEqualTo("/v2/bot/message/reply");
        assertThat(line.requestCount()).isEqualTo(1);
    }

    @Test
    void moreThanFiveBubblesAreJoinedSoNothingIsDroppedAndTheButtonsStayLast() {
        List<OutboundMessage> seven = IntStream.rangeClosed(1, 7).mapToObj(i -> OutboundMessage.text("m" + i))
                .collect(java.util.stream.Collectors.toList());
        seven.add(new OutboundMessage("question", List.of(new OutboundMessage.Choice("Yes", "a|f|s|yes")), null));
        List<OutboundMessage> fitted = LineMessages.fitToLimit(seven);
        assertThat(fitted).hasSize(5);
        assertThat(fitted.get(0).text()).isEqualTo("m1\n\nm2\n\nm3\n\nm4");
        assertThat(fitted.get(4).choices()).hasSize(1);
        assertThat(String.join("|", fitted.stream().map(OutboundMessage::text).toList()))
                .contains("m5").contains("m7").contains("question");
    }

    @Test
    void anOverlongTextIsCutWithoutSplittingAnEmoji() {
        String cut = LineMessages.truncate("a".repeat(4998) + "😀😀");
        assertThat(cut).hasSizeLessThanOrEqualTo(LineMessages.MAX_TEXT).endsWith("a…");
        assertThat(LineMessages.truncate("a".repeat(4997) + "😀😀")).endsWith("😀…");
    }

    @Test
    void withoutAReplyTokenTheMessagesArePushedWithTheRetryKey() {
        UUID key = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        gateway(Duration.ofMinutes(1)).deliver(TEXT.user(), null, key, List.of(OutboundMessage.text("x")));
        RecordedRequest push = line.next();
        assertThat(push.getTarget()).isEqualTo("/v2/bot/message/push");
        assertThat(push.getHeaders().get("X-Line-Retry-Key")).isEqualTo(key.toString());
        assertThat(push.getBody().utf8()).contains("\"to\":\"U1\"");
    }
}
