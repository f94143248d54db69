package dev.zairyu.bot.app;

import dev.zairyu.bot.advice.RenewalActions;
import dev.zairyu.bot.channel.line.LineGateway;
import dev.zairyu.bot.channel.line.LineWebhook;
import dev.zairyu.bot.channel.slack.SlackGateway;
import dev.zairyu.bot.channel.slack.SlackWebhook;
import dev.zairyu.bot.channel.web.WebChat;
import dev.zairyu.bot.dispatch.ChannelGateway;
import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.dispatch.DeliveryPump;
import dev.zairyu.bot.dispatch.DeliveryStats;
import dev.zairyu.bot.dispatch.OutboxSender;
import dev.zairyu.bot.dispatch.PushLimits;
import dev.zairyu.bot.dispatch.RetryPolicy;
import dev.zairyu.bot.dispatch.TurnProcessor;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.flow.Content;
import dev.zairyu.bot.flow.ContentException;
import dev.zairyu.bot.flow.ContentLoader;
import dev.zairyu.bot.faq.FaqMatcher;
import dev.zairyu.bot.i18n.DateReader;
import dev.zairyu.bot.i18n.LanguageDetector;
import dev.zairyu.bot.store.MemoryTurnStore;
import dev.zairyu.bot.store.TurnStore;
import dev.zairyu.bot.store.jdbc.Database;
import dev.zairyu.bot.store.jdbc.JdbcInbox;
import dev.zairyu.bot.store.jdbc.JdbcOutbox;
import dev.zairyu.bot.store.jdbc.JdbcReminderStore;
import dev.zairyu.bot.store.jdbc.JdbcUserData;
import dev.zairyu.bot.reminder.ReminderDispatcher;
import dev.zairyu.bot.web.Admin;
import dev.zairyu.bot.web.Metrics;
import dev.zairyu.bot.store.jdbc.JdbcTurnStore;
import dev.zairyu.bot.web.HttpServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part from the configuration, wires them, and owns their lifecycle. */
public final class Bot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    static final Duration SLOW_ANSWER = Duration.ofMillis(800);

    /**
     * One worker, each transaction a batch of people: concurrent writers only contend inside the database
     * (on PostgreSQL too: four workers measured no faster for reminders and half as fast for webhooks).
     */
    static final int TURN_WORKERS = 1;
    /** Deliveries wait on the platform's API, so more of them run at once. */
    static final int SENDERS = 16;
    static final int DATABASE_POOL = TURN_WORKERS + 8;
    static final Duration SWEEP_EVERY = Duration.ofSeconds(1);
    static final Duration REMINDER_PASS_EVERY = Duration.ofSeconds(10);

    private final List<AutoCloseable> resources = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService startup = Executors.newFixedThreadPool(2, daemon("startup"));
    /** Completes once the service is up: work that can wait (the FAQ index) starts then. */
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final ExecutorService faqPool = Executors.newSingleThreadExecutor(daemon("faq-index"));
    /** Made while the database opens and the content loads (the JVM meters take a moment to bind). */
    private Metrics metrics;
    private DeliveryStats stats;
    private HttpServer http;
    private Database db;
    private boolean web = true;
    private ReminderDispatcher reminders;

    static Engine engine(Path contentRoot) throws ContentException {
        Content content = new ContentLoader(RenewalActions::specs).load(contentRoot);
        return new Engine(content, RenewalActions.all(content.reminders()), new DateReader(), new FaqMatcher(content.faq()),
                new LanguageDetector());
    }

    /** The same, with the FAQ index built in the background once the service is up: it is ready before the index. */
    private Engine engineWarmingFaq(Path contentRoot) throws ContentException {
        Content content = new ContentLoader(RenewalActions::specs).load(contentRoot);
        return new Engine(content, RenewalActions.all(content.reminders()), new DateReader(),
                FaqMatcher.inBackground(content.faq(), started, faqPool), new LanguageDetector());
    }

    static TurnStore memoryStore() {
        return new MemoryTurnStore(100_000, Duration.ofDays(30));
    }

    public static Bot serve(Config config, Clock clock) throws IOException, ContentException {
        return start(config, clock, true);
    }

    /**
     * The reminder worker: the same background work (reminders, handling, delivery) with no HTTP server,
     * for deployments that separate it from the web process. Several may run; they share the work.
     */
    public static Bot worker(Config config, Clock clock) throws IOException, ContentException {
        return start(config, clock, false);
    }

    private static Bot start(Config config, Clock clock, boolean web) throws IOException, ContentException {
        long started = System.nanoTime();
        Bot bot = new Bot();
        bot.web = web;
        try {
            bot.start(config, clock);
        } catch (IOException | ContentException | RuntimeException e) {
            bot.close();
            throw e;
        }
        log.info("zairyu-bot {} on port {} in {} ms (database {}, LINE {}, Slack {}, web chat {})",
                web ? "ready" : "worker ready", web ? bot.http.port() : -1,
                (System.nanoTime() - started) / 1_000_000, bot.db.postgres() ? "PostgreSQL" : "H2",
                on(config.line().isPresent()), on(config.slack().isPresent()), on(config.webChatEnabled()));
        return bot;
    }

    private void start(Config config, Clock clock) throws IOException, ContentException {
        // The slow parts of start-up do not depend on each other: content, database, platform clients and
        // the HTTP server are prepared at once. The server's handlers wait for the parts they call.
        Path contentRoot = ContentLocation.resolve(config.contentDir());
        CompletableFuture<Engine> loading = CompletableFuture.supplyAsync(() -> {
            try {
                return engineWarmingFaq(contentRoot);
            } catch (ContentException e) {
                throw new CompletionException(e);
            }
        }, startup);
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                () -> Database.open(config.databaseUrl(), DATABASE_POOL), startup);
        metrics = new Metrics();
        stats = new DeliveryStats(metrics.registry());
        CompletableFuture<Parts> parts = new CompletableFuture<>();
        if (web) {
            http = HttpServer.start("0.0.0.0", config.port(), routes(config, clock, contentRoot, parts),
                    () -> parts.isDone() && !parts.isCompletedExceptionally() && parts.join().db().reachable());
        }
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("timer"));
        resources.add(timer::shutdownNow);
        Map<Channel, ChannelGateway> gateways = new EnumMap<>(Channel.class);
        if (config.line().isPresent()) {
            Config.Line line = config.line().get();
            gateways.put(Channel.LINE, new LineGateway(
                    LineGateway.client(line.channelAccessToken(), config.lineApiBaseUrl()), timer, SLOW_ANSWER));
        }
        if (config.slack().isPresent()) {
            gateways.put(Channel.SLACK, new SlackGateway(config.slack().get().botToken(), config.slackApiBaseUrl().toString()));
        }
        try {
            db = opening.join();
        } catch (CompletionException e) {
            parts.completeExceptionally(e.getCause());
            throw e;
        } finally {
            opening.thenAccept(resources::add);
        }
        AtomicReference<Engine> engine;
        try {
            engine = new AtomicReference<>(loading.join());
        } catch (CompletionException e) {
            parts.completeExceptionally(e.getCause());
            if (e.getCause() instanceof ContentException content) {
                throw content;
            }
            throw e;
        }
        ConversationService conversations = new ConversationService(engine::get, new JdbcTurnStore(db, clock, 100_000), clock);
        // Closed in reverse: turns stop, sends finish, then the inbox and outbox flush their queues.
        JdbcOutbox outbox = new JdbcOutbox(db, clock);
        resources.add(outbox);
        JdbcInbox inbox = new JdbcInbox(db, clock);
        resources.add(inbox);
        ExecutorService sendPool = Executors.newFixedThreadPool(SENDERS, daemon("send"));
        resources.add(() -> shutdown(sendPool));
        PushLimits limits = new PushLimits().with(Channel.LINE, config.linePushRateLimit());
        OutboxSender sender = new OutboxSender(outbox, gateways, clock, RetryPolicy.DEFAULT, stats, limits, sendPool);
        TurnProcessor processor = new TurnProcessor(conversations, inbox, gateways, sender, TURN_WORKERS, metrics.turns());
        resources.add(processor);
        new DeliveryPump(inbox, outbox, processor, sender, clock).start(timer, SWEEP_EVERY);
        JdbcReminderStore reminderStore = new JdbcReminderStore(db);
        Database database = db;
        reminders = new ReminderDispatcher(reminderStore, config.reminderHours(), clock,
                users -> database.durability().afterCommit().thenRun(() -> users.forEach(processor::kick)));
        reminders.start(timer, REMINDER_PASS_EVERY);

        metrics.gauge("zairyu.inbox.backlog", "Accepted events not yet handled", inbox::backlog);
        metrics.gauge("zairyu.outbox.backlog", "Messages not yet delivered", outbox::backlog);
        for (String state : java.util.List.of("scheduled", "fired", "cancelled", "skipped")) {
            metrics.gauge("zairyu.reminders", "Reminders by state",
                    () -> reminderStore.stats(java.time.YearMonth.now(clock.withZone(ConversationService.JAPAN))).byState().getOrDefault(state, 0L),
                    "state", state);
        }
        metrics.gauge("zairyu.pushes.month", "Pushes sent this calendar month (Japan time)",
                () -> reminderStore.stats(java.time.YearMonth.now(clock.withZone(ConversationService.JAPAN))).pushesThisMonth());
        parts.complete(new Parts(db, engine, conversations, inbox, outbox, processor, reminderStore, reminders, new JdbcUserData(db)));
        started.complete(null);
    }

    /** The HTTP routes: their handlers reach the running parts through {@code parts}, complete once they exist. */
    private List<HttpServer.Route> routes(Config config, Clock clock, Path contentRoot, CompletableFuture<Parts> parts) {
        List<HttpServer.Route> routes = new ArrayList<>();
        if (config.line().isPresent()) {
            routes.add(new HttpServer.Route(HttpServer.Method.POST, "/webhooks/line",
                    new LineWebhook(config.line().get().channelSecret(), metrics, events -> parts.thenCompose(p -> p.accept(events)))));
        }
        if (config.slack().isPresent()) {
            routes.add(new HttpServer.Route(HttpServer.Method.POST, "/webhooks/slack",
                    new SlackWebhook(config.slack().get().signingSecret(), clock, metrics, events -> parts.thenCompose(p -> p.accept(events)))));
        }
        routes.add(new HttpServer.Route(HttpServer.Method.GET, "/metrics", metrics::scrape));
        config.adminToken().ifPresent(token -> routes.addAll(new Admin(token, () -> parts.join().reminderStore(),
                () -> parts.join().reminders(), clock, new AdminOperations(parts::join, contentRoot, clock)).routes()));
        if (config.webChatEnabled()) {
            CompletableFuture<WebChat> chat = parts.thenApply(p -> {
                try {
                    return new WebChat(p.conversations(), clock, language -> {
                        var catalog = p.engine().get().content().catalog();
                        return Map.of("title", catalog.render(language, "web.title"), "subtitle", catalog.render(language, "web.subtitle"),
                                "placeholder", catalog.render(language, "web.placeholder"), "send", catalog.render(language, "web.send"),
                                "error", catalog.render(language, "web.error"));
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            routes.add(new HttpServer.Route(HttpServer.Method.GET, "/", ctx -> chat.join().page(ctx)));
            routes.add(new HttpServer.Route(HttpServer.Method.POST, "/chat/turn", ctx -> chat.join().turn(ctx)));
        }
        return routes;
    }

    private static void shutdown(ExecutorService pool) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    public DeliveryStats deliveryStats() {
        return stats;
    }

    /** One pass of the reminder dispatcher now (tests, and {@code POST /admin/reminders/run}). */
    public int runReminders() {
        return reminders.runOnce();
    }

    public int port() {
        return http.port();
    }

    private static String on(boolean on) {
        return on ? "on" : "off";
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        startup.shutdownNow();
        faqPool.shutdownNow();
        if (http != null) {
            http.close();
        }
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.warn("closing failed", e);
            }
        }
    }
}
