package dev.zairyu.bot.app;

import dev.zairyu.bot.channel.terminal.TerminalChat;
import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.faq.FaqEvaluation;
import dev.zairyu.bot.faq.FaqMatcher;
import dev.zairyu.bot.i18n.LanguageDetector;
import dev.zairyu.bot.flow.ContentException;
import dev.zairyu.bot.flow.Flow;
import dev.zairyu.bot.flow.MermaidDiagram;
import dev.zairyu.bot.scripts.ScriptRunner;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code java -jar zairyu-bot.jar [serve [--check] | worker | chat | flows validate | flows diagram | flows test | flows faq-eval]}.
 * Exit codes: 0 done, 1 a check failed, 2 bad configuration or usage.
 */
public final class Main {
    private static final String USAGE = "usage: zairyu-bot [serve [--check] | worker | chat | flows validate | flows diagram | flows test | flows faq-eval]";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "serve" : args[0];
        String sub = args.length > 1 ? args[1] : "";
        try {
            Config config = Config.fromEnvironment();
            Logging.configure(config.logFormat());
            Clock clock = Clocks.from(config.botToday(), Clock.systemUTC());
            return switch (command) {
                case "serve" -> sub.equals("--check") ? StartupCheck.run(out) : serve(config, clock);
                case "chat" -> chat(config, clock, out);
                case "worker" -> {
                    Bot worker = Bot.worker(config, clock);
                    Runtime.getRuntime().addShutdownHook(new Thread(worker::close, "shutdown"));
                    Thread.currentThread().join();
                    yield 0;
                }
                case "flows" -> flows(sub, config, out, err);
                default -> {
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println("zairyu-bot: " + e.getMessage());
            return 2;
        } catch (ContentException e) {
            err.println("zairyu-bot: conversation-flows/ has " + e.problems().size() + " problem(s):");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        } catch (IOException e) {
            err.println("zairyu-bot: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int serve(Config config, Clock clock) throws IOException, ContentException {
        Bot bot = Bot.serve(config, clock);
        Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "shutdown"));
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int chat(Config config, Clock clock, PrintStream out) throws IOException, ContentException {
        Engine engine = Bot.engine(ContentLocation.resolve(config.contentDir()));
        ConversationService conversations = new ConversationService(() -> engine, Bot.memoryStore(), clock);
        new TerminalChat(conversations, clock, out).run(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return 0;
    }

    private static int flows(String sub, Config config, PrintStream out, PrintStream err) throws IOException, ContentException {
        Path root = ContentLocation.resolve(config.contentDir());
        switch (sub) {
            case "validate" -> {
                Engine engine = Bot.engine(root);
                out.println("conversation-flows/ is valid: " + engine.content().flows().size() + " flows, "
                        + engine.content().catalog().languages().size() + " language(s)");
                return 0;
            }
            case "diagram" -> {
                Engine engine = Bot.engine(root);
                for (Flow flow : engine.content().flows().values()) {
                    out.println("```mermaid");
                    out.print(MermaidDiagram.of(engine.content(), flow));
                    out.println("```");
                    out.println();
                }
                return 0;
            }
            case "test" -> {
                List<ScriptRunner.Result> results = new ScriptRunner(Bot.engine(root)).runAll(root.resolve("tests"));
                int failed = 0;
                for (ScriptRunner.Result result : results) {
                    out.println((result.passed() ? "PASS  " : "FAIL  ") + result.file().getFileName() + ": " + result.name());
                    result.failures().forEach(f -> out.println("      " + f));
                    failed += result.passed() ? 0 : 1;
                }
                out.println(results.size() + " conversations, " + failed + " failed");
                return failed == 0 ? 0 : 1;
            }
            case "faq-eval" -> {
                Engine engine = Bot.engine(root);
                FaqEvaluation evaluation = new FaqEvaluation(new FaqMatcher(engine.content().faq()), new LanguageDetector());
                Path dev = Path.of(System.getProperty("zairyu.faq.dev", "src/test/resources/faq-dev"));
                List<FaqEvaluation.Result> results = evaluation.run(dev);
                FaqEvaluation.print(results, evaluation.medianMicros(), Boolean.getBoolean("zairyu.faq.verbose"), out);
                return 0;
            }
            default -> {
                err.println(USAGE);
                return 2;
            }
        }
    }
}
