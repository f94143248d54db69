package dev.zairyu.bot.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.zairyu.bot.advice.RenewalActions;
import dev.zairyu.bot.testing.TestContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects in conversation-flows/ stop start-up with one problem per defect, naming file, flow and step. */
class FlowValidationTest {
    @TempDir
    Path dir;

    private final ContentLoader loader = new ContentLoader(RenewalActions::specs);

    private Path copyOfContent() throws IOException {
        try (Stream<Path> files = Files.walk(TestContent.ROOT)) {
            for (Path source : files.toList()) {
                Path target = dir.resolve(TestContent.ROOT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return dir;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text in " + file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private List<String> problems() {
        try {
            loader.load(dir);
        } catch (ContentException e) {
            return e.problems();
        }
        return List.of();
    }

    @Test
    void theShippedContentIsValid() throws Exception {
        Content content = loader.load(TestContent.ROOT);
        assertThat(content.flows()).containsKeys("renewal", "lost_card", "child_card", "menu");
    }

    @Test
    void anUnknownTargetIsNamedWithItsFileFlowAndStep() throws Exception {
        copyOfContent();
        edit("lost_card.yaml", "next: reissue\n  reissue:", "next: reissued\n  reissue:");
        assertThat(problems()).containsExactly(
                "lost_card.yaml, flow 'lost_card', step 'report_first': target 'reissued': unknown step 'reissued' in flow 'lost_card'");
    }

    @Test
    void anUnreachableStepIsReported() throws Exception {
        copyOfContent();
        edit("lost_card.yaml", "  reissue:\n", "  orphan:\n    say: [lost.intro]\n    next: end\n  reissue:\n");
        assertThat(problems()).containsExactly("lost_card.yaml, flow 'lost_card', step 'orphan': unreachable: no step leads here");
    }

    @Test
    void aMissingMessageKeyIsReported() throws Exception {
        copyOfContent();
        edit("lost_card.yaml", "say: [lost.intro]", "say: [lost.introduction]");
        assertThat(problems()).containsExactly(
                "lost_card.yaml, flow 'lost_card', step 'intro': message 'lost.introduction' is not in messages/en.yaml");
    }

    @Test
    void anUnknownActionAndAnUnknownConditionAreReported() throws Exception {
        copyOfContent();
        edit("renewal.yaml", "action: classify", "action: classification");
        edit("renewal.yaml", "when: designated}", "when: designatd}");
        assertThat(problems()).hasSize(3).anySatisfy(p -> assertThat(p).contains("step 'route': unknown action 'classification'"))
                .anySatisfy(p -> assertThat(p).contains("step 'route': 'on' needs an action"))
                .anySatisfy(p -> assertThat(p).contains("step 'timeline': condition 'designatd' is not a flag any action sets"));
    }

    @Test
    void aTypoInAFieldNameIsReportedWithItsLine() throws Exception {
        copyOfContent();
        edit("menu.yaml", "    next: end", "    nxt: end");
        assertThat(problems()).singleElement().asString().startsWith("menu.yaml: Unrecognized field \"nxt\"").contains("(line");
    }

    @Test
    void aLabelTooLongForALineQuickReplyIsReported() throws Exception {
        copyOfContent();
        edit("messages/en.yaml", "status.student: \"Student\"", "status.student: \"Student at a university\"");
        assertThat(problems()).singleElement().asString()
                .contains("step 'status': label 'status.student' in en is longer than 20 characters");
    }

    @Test
    void aStepWithSourcesButNoReviewDateIsReported() throws Exception {
        copyOfContent();
        edit("lost_card.yaml", "    reviewed: 2026-11-24\n", "");
        assertThat(problems()).containsExactly(
                "lost_card.yaml, flow 'lost_card', step 'reissue': a step with sources needs 'reviewed: YYYY-MM-DD'");
    }

    @Test
    void everyProblemIsListedAtOnce() throws Exception {
        copyOfContent();
        edit("lost_card.yaml", "say: [lost.intro]", "say: [lost.introduction]");
        edit("child_card.yaml", "next: birthday", "next: birthdays");
        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(ContentException.class)
                .satisfies(e -> assertThat(((ContentException) e).problems()).hasSizeGreaterThanOrEqualTo(2));
    }
}
