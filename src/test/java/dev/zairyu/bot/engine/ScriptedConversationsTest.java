package dev.zairyu.bot.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.scripts.ScriptRunner;
import dev.zairyu.bot.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scripted conversation in conversation-flows/tests/, as {@code flows test} runs them. */
class ScriptedConversationsTest {
    @TestFactory
    Stream<DynamicTest> everyScriptedConversationPasses() throws IOException {
        ScriptRunner runner = new ScriptRunner(TestContent.engine());
        Path tests = TestContent.ROOT.resolve("tests");
        try (Stream<Path> files = Files.list(tests)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        ScriptRunner.Result result = runner.run(file);
                        assertThat(result.failures()).as(result.name()).isEmpty();
                    }));
        }
    }
}
