package dev.zairyu.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed LINE webhooks against the whole bot (a separate JVM, as deployed), side by side in the same run
 * with a bare Javalin app that only answers 200. See bench/README.md.
 */
public final class Benchmark {
    private static final String SECRET = "bench-channel-secret";
    /** What people type, in turn; every event is a real turn of the renewal conversation. */
    private static final String[] SCRIPT = {"hello", "Student", "2027-01-15", "1 year", "No", "Yes, remind me", "No, thanks",
        "start over", "Engineer/Humanities", "31 March 2027", "1 year", "Yes", "Yes", "No, thanks", "No, thanks", "help"};

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path jar = Path.of("target/zairyu-bot.jar");
        Path benchClasses = Path.of("target/bench-classes");
        Path work = Files.createTempDirectory("zairyu-bench");
        System.out.printf("jar %s (%.1f MB), %d connections, %d users, %.0f s warm-up + %.0f s measured, JVM flags: %s%n",
                jar, Files.size(jar) / 1e6, o.connections, o.users, o.warmup, o.seconds, String.join(" ", o.jvmFlags));

        try (FakeLineApi line = new FakeLineApi()) {
            LoadClient.Result bare = runBare(o, jar, benchClasses, work);
            report("bare Javalin (200 only)", bare);

            BotRun bot = runBot(o, jar, work, line);
            report("zairyu-bot acknowledgements", bot.acks);

            report("zairyu-bot turns (closed loop)", bot.turns);
            double ackRatio = bot.acks.throughput() / bare.throughput();
            double answeredRatio = bot.turns.throughput() / bare.throughput();
            long ackP99 = LoadClient.percentile(bot.acks.latenciesMicros(), 99);
            System.out.println();
            System.out.println("| measure | value | floor | |");
            System.out.println("|---|---|---|---|");
            row("bare Javalin throughput", String.format("%,.0f req/s", bare.throughput()), "", true);
            row("ack throughput", String.format("%,.0f req/s (%.2f × bare)", bot.acks.throughput(), ackRatio), "≥ 0.5 × bare", ackRatio >= 0.5);
            row("ack latency p50 / p99", ms(LoadClient.percentile(bot.acks.latenciesMicros(), 50)) + " / " + ms(ackP99),
                    "p99 ≤ 25 ms", ackP99 <= 25_000);
            row("every acknowledged event answered", bot.answered + " of " + bot.acknowledged
                    + String.format(" (backlog answered at %,.0f turns/s)", bot.drainedPerSecond), "all", bot.answered == bot.acknowledged);
            row("answered turns, sustained (each connection waits for its answer)",
                    String.format("%,.0f turns/s (%.2f × bare)", bot.turns.throughput(), answeredRatio), "≥ 0.25 × bare", answeredRatio >= 0.25);
            row("end-to-end webhook → reply call p50 / p99", ms(LoadClient.percentile(bot.turns.latenciesMicros(), 50)) + " / "
                    + ms(LoadClient.percentile(bot.turns.latenciesMicros(), 99)), "", true);
            row("start-up to ready", bot.startupMillis + " ms (bot's own count: " + bot.selfReportedStartup + " ms)", "≤ 1,500 ms",
                    bot.startupMillis <= 1500);
            row("RSS under load (max)", bot.maxRssMb + " MB", "≤ 400 MB", bot.maxRssMb <= 400);
            row("jar size", String.format("%.1f MB", Files.size(jar) / 1e6), "≤ 30 MB", Files.size(jar) <= 30_000_000);
        }
    }

    private static void row(String what, String value, String floor, boolean ok) {
        System.out.println("| " + what + " | " + value + " | " + floor + " | " + (floor.isEmpty() ? "" : ok ? "✅" : "❌") + " |");
    }

    private static String ms(long micros) {
        return String.format("%.1f ms", micros / 1000.0);
    }

    private static void report(String what, LoadClient.Result r) {
        System.out.printf("%-32s %,10.0f req/s  p50 %s  p99 %s  errors %d%n", what, r.throughput(),
                ms(LoadClient.percentile(r.latenciesMicros(), 50)), ms(LoadClient.percentile(r.latenciesMicros(), 99)), r.errors());
    }

    private static LoadClient.Result runBare(Options o, Path jar, Path benchClasses, Path work) throws Exception {
        int port = freePort();
        List<String> command = java(o);
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + benchClasses, "dev.zairyu.bench.BareJavalin", String.valueOf(port)));
        Process bare = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("bare.log").toFile()).start();
        try {
            awaitPort(port, bare);
            byte[] body = event("bare", "Ubare", "hello").getBytes(StandardCharsets.UTF_8);
            return LoadClient.run(port, o.connections, o.warmup, o.seconds,
                    (c, seq) -> new LoadClient.Request("/webhooks/line", body, null));
        } finally {
            bare.destroy();
            bare.waitFor(10, TimeUnit.SECONDS);
        }
    }

    record BotRun(LoadClient.Result acks, long acknowledged, long answered, double drainedPerSecond, LoadClient.Result turns,
                  long startupMillis, long selfReportedStartup, long maxRssMb) {
    }

    private static long answered(FakeLineApi line, Map<String, Long> sent) {
        long n = 0;
        for (String id : sent.keySet()) {
            if (line.repliedAt.containsKey(id)) {
                n++;
            }
        }
        return n;
    }

    /** A signed text event of the conversation script; user {@code i} only ever talks on connection {@code i % connections}. */
    private static LoadClient.Request signed(Options o, Mac mac, String phase, int c, long seq, Map<String, Long> sentAt,
                                             AtomicLong firstSend) {
        long slot = c + seq * o.connections;
        String user = String.format("U%s%031x", phase, slot % o.users + 1);
        String id = phase + c + "-" + seq;
        String text = SCRIPT[(int) (slot / o.users % SCRIPT.length)];
        byte[] body = event(id, user, text).getBytes(StandardCharsets.UTF_8);
        long now = System.nanoTime();
        firstSend.accumulateAndGet(now, Math::min);
        sentAt.put(id, now);
        return new LoadClient.Request("/webhooks/line", body, Base64.getEncoder().encodeToString(mac.doFinal(body)), id);
    }

    private static BotRun runBot(Options o, Path jar, Path work, FakeLineApi line) throws Exception {
        int port = freePort();
        List<String> command = java(o);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("bot.log").toFile()).directory(work.toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("DATABASE_URL", o.database == null ? "jdbc:h2:file:" + work.resolve("bench-db").toAbsolutePath() : o.database);
        env.put("LINE_CHANNEL_SECRET", SECRET);
        env.put("LINE_CHANNEL_ACCESS_TOKEN", "bench-token");
        env.put("LINE_API_BASE_URL", "http://127.0.0.1:" + line.port());
        env.put("WEB_CHAT_ENABLED", "false");
        long spawned = System.nanoTime();
        Process bot = builder.start();
        try {
            long startupMillis = awaitHealthy(port, bot, spawned);
            long selfReported = selfReportedStartup(work.resolve("bot.log"));
            RssSampler rss = new RssSampler(bot.pid());
            rss.start();

            ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
            AtomicLong firstSend = new AtomicLong(Long.MAX_VALUE);
            ThreadLocal<Mac> macs = ThreadLocal.withInitial(Benchmark::mac);
            // Phase 1: acknowledgements, as fast as 64 connections can send; answers follow as they may.
            LoadClient.Result acks = LoadClient.run(port, o.connections, o.warmup, o.seconds,
                    (c, seq) -> signed(o, macs.get(), "a", c, seq, sentAt, firstSend));
            long acknowledged = sentAt.size();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (answered(line, sentAt) < acknowledged && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long answered = answered(line, sentAt);
            long lastReply = sentAt.keySet().stream().map(line.repliedAt::get).filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue).max().orElse(firstSend.get());
            double drainedPerSecond = answered / ((lastReply - firstSend.get()) / 1e9);

            // Phase 2: sustained turns: each connection waits for the answer before its next message.
            ConcurrentHashMap<String, Long> turnSent = new ConcurrentHashMap<>();
            LoadClient.Result turns = LoadClient.run(port, o.connections, o.warmup, o.seconds, new LoadClient.Requests() {
                @Override
                public LoadClient.Request next(int c, long seq) {
                    return signed(o, macs.get(), "t", c, seq, turnSent, new AtomicLong());
                }

                @Override
                public void acknowledged(LoadClient.Request request) throws InterruptedException {
                    line.awaitReply(request.id());
                }
            });
            rss.stopSampling();
            return new BotRun(acks, acknowledged, answered, drainedPerSecond, turns, startupMillis, selfReported, rss.maxMb());
        } finally {
            bot.destroy();
            bot.waitFor(20, TimeUnit.SECONDS);
        }
    }

    static String event(String id, String user, String text) {
        return "{\"destination\":\"Ubench\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1764000000000,"
                + "\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"replyToken\":\"" + id + "\","
                + "\"message\":{\"id\":\"" + id + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"" + text + "\"}}]}";
    }

    private static Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> java(Options o) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(o.jvmFlags);
        return command;
    }

    static int freePortForReminders() throws IOException {
        return freePort();
    }

    static void awaitReadyForReminders(int port, Process process) throws Exception {
        awaitHealthy(port, process, System.nanoTime());
    }

    /** A running RSS sampler of a process. */
    interface RssSamplerHandle {
        long currentMb();

        long maxMb();

        void stop();
    }

    static RssSamplerHandle sampleRss(long pid) {
        RssSampler sampler = new RssSampler(pid);
        sampler.start();
        return new RssSamplerHandle() {
            @Override
            public long currentMb() {
                return sampler.currentKb / 1024;
            }

            @Override
            public long maxMb() {
                return sampler.maxMb();
            }

            @Override
            public void stop() {
                sampler.stopSampling();
            }
        };
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process process) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("process exited");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("port " + port + " never opened");
    }

    private static long awaitHealthy(int port, Process process, long spawned) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz")).build();
        for (int i = 0; i < 3000; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited during start-up");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - spawned) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("the bot was not ready within 15 s");
    }

    private static long selfReportedStartup(Path log) throws IOException {
        Matcher m = Pattern.compile("ready on port \\d+ in (\\d+) ms").matcher(Files.readString(log));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Samples the process's resident set size from /proc while the load runs. */
    private static final class RssSampler extends Thread {
        private final Path status;
        private volatile boolean running = true;
        private volatile long maxKb;
        private volatile long currentKb;

        RssSampler(long pid) {
            super("rss");
            this.status = Path.of("/proc/" + pid + "/status");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            currentKb = Long.parseLong(line.replaceAll("\\D", ""));
                            maxKb = Math.max(maxKb, currentKb);
                        }
                    }
                    Thread.sleep(200);
                } catch (IOException | InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long maxMb() {
            return maxKb / 1024;
        }
    }

    static final class Options {
        int connections = 64;
        int users = 5000;
        double warmup = 5;
        double seconds = 15;
        String database;
        /** The Procfile's flags, so the figures are those of the bot as deployed. */
        List<String> jvmFlags = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=" + Path.of("target/zairyu-bot.jsa").toAbsolutePath(), "-Xshare:auto"));

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--connections" -> o.connections = Integer.parseInt(args[++i]);
                    case "--users" -> o.users = Integer.parseInt(args[++i]);
                    case "--warmup" -> o.warmup = Double.parseDouble(args[++i]);
                    case "--seconds" -> o.seconds = Double.parseDouble(args[++i]);
                    case "--database" -> o.database = args[++i];
                    case "--jvm-flags" -> o.jvmFlags = new ArrayList<>(List.of(args[++i].trim().split("\\s+")));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return o;
        }
    }
}
