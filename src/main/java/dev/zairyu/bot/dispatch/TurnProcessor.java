package dev.zairyu.bot.dispatch;

import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.Transition;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Inbox;
import dev.zairyu.bot.store.PendingEvent;
import dev.zairyu.bot.store.TurnStore;
import dev.zairyu.bot.store.UserSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles accepted events. People with new events wait in a queue; a few workers take them in batches
 * and handle each batch in one transaction (one commit for many turns). A person is never in two
 * batches at once here, and the row lock keeps it so across instances; their events are handled in
 * the order they were accepted. The new state and the messages to send are saved together; delivery
 * starts after the commit.
 */
public final class TurnProcessor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TurnProcessor.class);
    /** An event that fails this often is set aside, so one bad event cannot block a person for ever. */
    static final int GIVE_UP_AFTER = 5;
    static final int MAX_BATCH = 64;

    private final ConversationService conversations;
    private final Inbox inbox;
    private final Map<Channel, ChannelGateway> gateways;
    private final OutboxSender sender;
    private final LinkedBlockingQueue<UserRef> ready = new LinkedBlockingQueue<>();
    private final Set<String> queued = new HashSet<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Set<String> kickedWhileInFlight = new HashSet<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    private final io.micrometer.core.instrument.Timer turnTimer;
    /** People known to have a conversation (and so a language): no platform is asked about them again. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Boolean> settled =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(500_000).build();

    public TurnProcessor(ConversationService conversations, Inbox inbox, Map<Channel, ChannelGateway> gateways,
                         OutboxSender sender, int workerCount, io.micrometer.core.instrument.Timer turnTimer) {
        this.turnTimer = turnTimer;
        this.conversations = conversations;
        this.inbox = inbox;
        this.gateways = Map.copyOf(gateways);
        this.sender = sender;
        for (int i = 0; i < workerCount; i++) {
            Thread worker = new Thread(this::work, "turns-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Called once events are durable: queue each person concerned. */
    public void accepted(List<InboundEvent> events) {
        Set<UserRef> users = new LinkedHashSet<>();
        events.forEach(e -> users.add(e.user()));
        users.forEach(this::kick);
    }

    public synchronized void kick(UserRef user) {
        String key = user.key();
        if (inFlight.contains(key)) {
            kickedWhileInFlight.add(key);
        } else if (queued.add(key)) {
            ready.add(user);
        }
    }

    synchronized boolean busy(UserRef user) {
        return queued.contains(user.key()) || inFlight.contains(user.key());
    }

    private void work() {
        List<UserRef> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                UserRef first = ready.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                ready.drainTo(batch, MAX_BATCH - 1);
                claim(batch);
                try {
                    process(batch);
                } finally {
                    finish(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("turn worker error", e);
            } finally {
                batch.clear();
            }
        }
    }

    private synchronized void claim(List<UserRef> batch) {
        for (UserRef user : batch) {
            queued.remove(user.key());
            inFlight.add(user.key());
        }
    }

    private synchronized void finish(List<UserRef> batch) {
        for (UserRef user : batch) {
            inFlight.remove(user.key());
            if (kickedWhileInFlight.remove(user.key()) && queued.add(user.key())) {
                ready.add(user);
            }
        }
    }

    private void process(List<UserRef> batch) {
        List<AutoCloseable> indicators = new ArrayList<>(batch.size());
        try {
            for (UserRef user : batch) {
                ChannelGateway gateway = gateways.get(user.channel());
                if (gateway != null) {
                    indicators.add(gateway.processing(user));
                }
            }
            long started = System.nanoTime();
            Map<UserRef, CompletableFuture<java.util.Optional<String>>> hints = languageHints(batch);
            TurnStore.Batch<Integer> done = conversations.store().withUsers(batch, sessions -> {
                int turns = 0;
                for (UserSession session : sessions) {
                    turns += handlePending(session, hints.get(session.user()));
                }
                return turns;
            });
            if (done.value() > 0) {
                // Each turn of the batch waited for the whole batch: that is its latency.
                long perTurn = System.nanoTime() - started;
                for (int i = 0; i < done.value(); i++) {
                    turnTimer.record(perTurn, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            }
            if (!done.toDeliver().isEmpty()) {
                done.durable().thenRun(() -> sender.deliverNow(done.toDeliver()));
            }
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                // Find the one person whose turn fails, without holding back everyone else.
                for (UserRef user : batch) {
                    process(List.of(user));
                }
            } else {
                log.error("turn for a {} user failed; it will be retried", batch.get(0).channel(), e);
                inbox.failed(batch.get(0), GIVE_UP_AFTER);
            }
        } finally {
            for (AutoCloseable indicator : indicators) {
                try {
                    indicator.close();
                } catch (Exception ignored) {
                    // an indicator that cannot be cancelled just shows a little longer
                }
            }
        }
    }

    /**
     * What the platforms say about the people's languages, asked for the whole batch at once and waited
     * for briefly, before the transaction: a slow platform delays a first greeting a little, never the
     * other people's answers, and never while rows are locked. Answers come from a cache after the first.
     */
    private Map<UserRef, CompletableFuture<java.util.Optional<String>>> languageHints(List<UserRef> batch) {
        Map<UserRef, CompletableFuture<java.util.Optional<String>>> hints = new java.util.HashMap<>();
        List<UserRef> unknown = batch.stream().filter(u -> settled.getIfPresent(u.key()) == null).toList();
        Set<String> known = unknown.isEmpty() ? Set.of() : knownOrNone(unknown);
        for (UserRef user : unknown) {
            ChannelGateway gateway = gateways.get(user.channel());
            if (gateway != null && !known.contains(user.key())) {
                hints.put(user, gateway.languageHint(user));
            } else {
                settled.put(user.key(), Boolean.TRUE);
            }
        }
        if (hints.isEmpty()) {
            return hints;
        }
        try {
            CompletableFuture.allOf(hints.values().toArray(CompletableFuture[]::new)).get(HINT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // whatever is not there by now is not waited for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return hints;
    }

    private Set<String> knownOrNone(List<UserRef> users) {
        try {
            return conversations.store().withConversation(users);
        } catch (RuntimeException e) {
            log.debug("could not tell who is new; asking the platforms", e);
            return Set.of();
        }
    }

    static final java.time.Duration HINT_WAIT = java.time.Duration.ofMillis(500);

    private int handlePending(UserSession session, CompletableFuture<java.util.Optional<String>> hint) {
        ConversationState state = session.state().orElse(null);
        if (state != null) {
            settled.put(session.user().key(), Boolean.TRUE);
        }
        int turns = 0;
        for (PendingEvent event : session.pending()) {
            Transition transition = conversations.step(session, state, event.event(),
                    () -> hint == null ? java.util.Optional.empty() : hint.getNow(java.util.Optional.empty()));
            session.processed(event);
            if (!transition.messages().isEmpty()) {
                session.send(transition.messages(), event.event().replyToken());
            }
            state = transition.forget() ? null : transition.state();
            turns++;
        }
        if (state != null) {
            settled.put(session.user().key(), Boolean.TRUE);
        } else {
            settled.invalidate(session.user().key());
        }
        return turns;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join(10_000);
        }
    }
}
