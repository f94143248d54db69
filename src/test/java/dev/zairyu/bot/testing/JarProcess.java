package dev.zairyu.bot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar run as a separate JVM, as a person runs it: {@code java -jar target/zairyu-bot.jar …}. */
public final class JarProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready on port (\\d+) in (\\d+) ms");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private int port = -1;
    private long startupMillis = -1;

    private JarProcess(Process process) {
        this.process = process;
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("zairyu.jar", "target/zairyu-bot.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `mvn package` first");
        }
        return jar;
    }

    /** Starts the jar with these arguments and environment, in {@code workDir}. */
    public static JarProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("LINE_") || k.startsWith("SLACK_") || k.equals("DATABASE_URL")
                || k.equals("BOT_TODAY") || k.equals("PORT") || k.equals("CONTENT_DIR"));
        builder.environment().putAll(env);
        return new JarProcess(builder.start());
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Reads output until the bot says it is ready; returns its port. */
    public int awaitReady() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            output.add(line);
            Matcher m = READY.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                startupMillis = Long.parseLong(m.group(2));
                Thread drain = new Thread(() -> drain(reader), "jar-output");
                drain.setDaemon(true);
                drain.start();
                return port;
            }
        }
        throw new IllegalStateException("the bot exited before it was ready:\n" + String.join("\n", output));
    }

    private void drain(BufferedReader reader) {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** Waits for the process to end and returns everything it printed. */
    public Finished finish(long seconds) throws IOException, InterruptedException {
        String all = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + seconds + " s:\n" + all);
        }
        return new Finished(process.exitValue(), all);
    }

    public record Finished(int exitCode, String output) {
    }

    public long startupMillis() {
        return startupMillis;
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Ends the process at once, as {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
