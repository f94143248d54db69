package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes accepted events off the webhook thread and answers them: per person in order, never two of
 * one person's events at once, the state saved before anything is sent.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final ConversationService conversations;
    private final Map<Channel, ChannelGateway> gateways;
    private final ExecutorService pool;
    private final KeyedSerialExecutor serial;

    public Dispatcher(ConversationService conversations, Map<Channel, ChannelGateway> gateways, ExecutorService pool) {
        this.conversations = conversations;
        this.gateways = Map.copyOf(gateways);
        this.pool = pool;
        this.serial = new KeyedSerialExecutor(pool);
    }

    public CompletableFuture<Void> accept(InboundEvent event) {
        return serial.submit(event.user().key(), () -> process(event));
    }

    private void process(InboundEvent event) {
        ChannelGateway gateway = gateways.get(event.user().channel());
        try (AutoCloseable ignored = gateway.processing(event)) {
            Transition transition = conversations.handle(event);
            if (!transition.messages().isEmpty()) {
                gateway.answer(event, transition.messages());
            }
        } catch (DeliveryException e) {
            log.warn("answer to event {} not delivered: HTTP {} ({})", event.eventId(), e.status(),
                    e.retryable() ? "retryable" : "refused");
        } catch (Exception e) {
            log.error("event {} failed", event.eventId(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
