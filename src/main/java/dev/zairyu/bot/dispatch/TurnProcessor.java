package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Inbox;
import dev.zairyu.bot.store.PendingEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles accepted events: per person, in order, never two at once (here by a serial queue, across
 * instances by the row lock), and saves the new state together with the messages to send. Delivery
 * happens after the commit, from the outbox.
 */
public final class TurnProcessor {
    private static final Logger log = LoggerFactory.getLogger(TurnProcessor.class);
    /** An event that fails this often is set aside, so one bad event cannot block a person for ever. */
    static final int GIVE_UP_AFTER = 5;

    private final ConversationService conversations;
    private final Inbox inbox;
    private final Map<Channel, ChannelGateway> gateways;
    private final OutboxSender sender;
    private final KeyedSerialExecutor serial;

    public TurnProcessor(ConversationService conversations, Inbox inbox, Map<Channel, ChannelGateway> gateways,
                         OutboxSender sender, Executor pool) {
        this.conversations = conversations;
        this.inbox = inbox;
        this.gateways = Map.copyOf(gateways);
        this.sender = sender;
        this.serial = new KeyedSerialExecutor(pool);
    }

    /** Called once events are durable: start on each person concerned. */
    public void accepted(List<InboundEvent> events) {
        Set<UserRef> users = new LinkedHashSet<>();
        events.forEach(e -> users.add(e.user()));
        users.forEach(this::kick);
    }

    public CompletableFuture<Void> kick(UserRef user) {
        return serial.submit(user.key(), () -> process(user));
    }

    boolean busy(UserRef user) {
        return serial.busy(user.key());
    }

    private void process(UserRef user) {
        ChannelGateway gateway = gateways.get(user.channel());
        try (AutoCloseable ignored = gateway == null ? () -> { } : gateway.processing(user)) {
            int batches = conversations.store().withUser(user, session -> {
                List<PendingEvent> pending = session.pending();
                ConversationState state = session.state().orElse(null);
                int queued = 0;
                for (PendingEvent event : pending) {
                    Transition transition = conversations.step(session, state, event.event());
                    session.processed(event);
                    if (!transition.messages().isEmpty()) {
                        session.send(transition.messages(), event.event().replyToken());
                        queued++;
                    }
                    state = transition.forget() ? null : transition.state();
                }
                return queued;
            });
            if (batches > 0) {
                sender.kick(user);
            }
        } catch (Exception e) {
            log.error("turn for {} failed; it will be retried", user.channel(), e);
            inbox.failed(user, GIVE_UP_AFTER);
        }
    }
}
