package dev.zairyu.bench;

import dev.zairyu.bot.store.jdbc.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * 100,000 due reminders dispatched by the bot (its own JVM, the Procfile's flags) against a fast fake
 * LINE API: pushes per second, the most pushes in any one second (the configured limit is 2,000/s),
 * and the bot's memory while it works. See bench/README.md.
 */
public final class ReminderBenchmark {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final String DAY = "2026-12-31";

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reminders = 100_000;
        String database = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reminders" -> reminders = Integer.parseInt(args[++i]);
                case "--database" -> database = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("zairyu-reminder-bench");
        String url = database != null ? database : "jdbc:h2:file:" + work.resolve("bench-db").toAbsolutePath();
        System.out.printf("%,d due reminders, database %s%n", reminders, url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL");
        prepare(url, reminders);

        try (FakeLineApi line = new FakeLineApi()) {
            int port = Benchmark.freePortForReminders();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(new Benchmark.Options().jvmFlags);
            command.addAll(List.of("-jar", Path.of("target/zairyu-bot.jar").toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("bot.log").toFile()).directory(work.toFile());
            Map<String, String> env = builder.environment();
            env.put("PORT", String.valueOf(port));
            env.put("DATABASE_URL", url);
            env.put("LINE_CHANNEL_SECRET", "bench");
            env.put("LINE_CHANNEL_ACCESS_TOKEN", "bench");
            env.put("LINE_API_BASE_URL", "http://127.0.0.1:" + line.port());
            env.put("LINE_PUSH_RATE_LIMIT", "2000");
            env.put("ADMIN_TOKEN", "bench");
            env.put("BOT_TODAY", DAY);
            env.put("WEB_CHAT_ENABLED", "false");
            Process bot = builder.start();
            try {
                Benchmark.awaitReadyForReminders(port, bot);
                Benchmark.RssSamplerHandle rss = Benchmark.sampleRss(bot.pid());
                long start = System.nanoTime();
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/reminders/run"))
                        .header("Authorization", "Bearer bench").POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding());
                long deadline = start + TimeUnit.MINUTES.toNanos(10);
                List<Long> rssOverTime = new ArrayList<>();
                long lastSample = 0;
                while (line.pushes.get() < reminders && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    if (System.nanoTime() - lastSample > 2_000_000_000L) {
                        lastSample = System.nanoTime();
                        rssOverTime.add(rss.currentMb());
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                rss.stop();
                long pushes = line.pushes.get();
                double rate = pushes / seconds;
                long maxInOneSecond = line.maxPushesInOneSecond();
                System.out.println();
                System.out.println("| measure | value | floor | |");
                System.out.println("|---|---|---|---|");
                System.out.printf("| reminders pushed | %,d of %,d in %.1f s | all | %s |%n", pushes, reminders, seconds, pushes == reminders ? "✅" : "❌");
                double floor = url.startsWith("jdbc:h2") ? 1000 : 1500;
                System.out.printf("| pushes per second | %,.0f | ≥ %,.0f | %s |%n", rate, floor, rate >= floor ? "✅" : "❌");
                System.out.printf("| most pushes in any one second | %,d | ≤ 2,000 (the configured limit) | %s |%n", maxInOneSecond,
                        maxInOneSecond <= 2000 ? "✅" : "❌");
                System.out.printf("| pushes in each second | %s | | |%n", line.pushesPerSecond());
                System.out.printf("| bot RSS every 2 s (MB) | %s | flat | |%n", rssOverTime);
                System.out.printf("| bot RSS max | %d MB | | |%n", rss.maxMb());
            } finally {
                bot.destroy();
                bot.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    /** The schema, then people whose window opens on the benchmark's day, each with a reminder due that morning. */
    private static void prepare(String url, int count) throws Exception {
        try (Database db = Database.open(url, 2)) {
            String slots = "{\"status\":\"engineer\",\"expiry\":\"2027-03-31\",\"period\":\"1y\",\"reminders\":\"yes\"}";
            Timestamp due = Timestamp.from(LocalDate.parse(DAY).atTime(9, 0).atZone(JAPAN).toInstant());
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement conversation = c.prepareStatement(
                        "insert into conversation (user_key, slots, language, version, updated_at) values (?, ?, 'en', 1, ?)");
                     PreparedStatement reminder = c.prepareStatement(
                        "insert into reminder (user_key, kind, due_at, state, created_at, updated_at) values (?, 'window_opens', ?, 'scheduled', ?, ?)")) {
                    for (int i = 0; i < count; i++) {
                        String user = String.format("line:U%032x", i);
                        conversation.setString(1, user);
                        conversation.setString(2, slots);
                        conversation.setTimestamp(3, due);
                        conversation.addBatch();
                        reminder.setString(1, user);
                        reminder.setTimestamp(2, due);
                        reminder.setTimestamp(3, due);
                        reminder.setTimestamp(4, due);
                        reminder.addBatch();
                        if (i % 5000 == 4999) {
                            conversation.executeBatch();
                            reminder.executeBatch();
                            c.commit();
                        }
                    }
                    conversation.executeBatch();
                    reminder.executeBatch();
                    c.commit();
                }
                try (var s = c.createStatement()) {
                    s.execute(url.startsWith("jdbc:h2") ? "CHECKPOINT" : "ANALYZE");
                }
                c.commit();
            }
        }
    }
}
