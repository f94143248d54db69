package dev.zairyu.bot.faq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.zairyu.bot.engine.QuestionMatcher;
import dev.zairyu.bot.flow.Faq;
import dev.zairyu.bot.i18n.LanguageDetector;
import dev.zairyu.bot.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The FAQ in every language, measured on the evaluation sets, and the rules that decide when it declines. */
class FaqTest {
    private static final Path DEV = Path.of("src/test/resources/faq-dev");

    private final Faq faq = TestContent.engine().content().faq();

    @Test
    void theFaqCoversThirtyTopicsAtLeastEachWithItsSourcesAndEnglishWords() {
        assertThat(faq.entries()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(faq.entries().values()).allSatisfy(entry -> {
            assertThat(entry.sources()).as(entry.id()).isNotEmpty();
            assertThat(entry.texts()).as(entry.id()).containsKey("en");
        });
    }

    @Test
    void everyEvaluationSetHasAtLeastTenQuestionsAndSomeToDecline() throws IOException {
        List<FaqEvaluation.Result> results = new FaqEvaluation(new FaqMatcher(faq), new LanguageDetector()).run(DEV);
        assertThat(results).isNotEmpty();
        assertThat(results).allSatisfy(r -> {
            assertThat(r.questions()).as(r.language()).isGreaterThanOrEqualTo(10);
            assertThat(r.outOfScope()).as(r.language()).isGreaterThanOrEqualTo(5);
        });
    }

    /** The floors of the FAQ's quality, per language: a change of content or matcher that breaks them fails here. */
    @Test
    void everyLanguageMeetsTheAccuracyAndDeclineFloors() throws IOException {
        List<FaqEvaluation.Result> results = new FaqEvaluation(new FaqMatcher(faq), new LanguageDetector()).run(DEV);
        List<String> below = new ArrayList<>();
        int outOfScope = 0;
        int declined = 0;
        // A language is measured once its FAQ is written; until then its evaluation set waits for it.
        Set<String> written = new TreeSet<>();
        faq.entries().values().forEach(e -> written.addAll(e.texts().keySet()));
        results = results.stream().filter(r -> written.contains(r.language())).toList();
        assertThat(results).extracting(FaqEvaluation.Result::language).contains("en");
        for (FaqEvaluation.Result r : results) {
            if (r.accuracy() < 0.9) {
                below.add(String.format("%s: top-1 %.1f %% < 90 %%, misses: %s", r.language(), 100 * r.accuracy(), r.misses()));
            }
            outOfScope += r.outOfScope();
            declined += r.declined();
        }
        assertThat(below).isEmpty();
        assertThat((double) declined / outOfScope).as("out-of-scope questions declined, all languages").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aQuestionNearerToOneItMustNotAnswerIsDeclinedWithTheClosestTopics() throws IOException {
        try (FaqMatcher matcher = new FaqMatcher(faq)) {
            assertThat(matcher.match("how much does the residence card renewal cost", "en").entry()).isEqualTo("fee_amount");
            QuestionMatcher.Match passport = matcher.match("how much does a new passport cost", "en");
            assertThat(passport.confident()).isFalse();
            assertThat(passport.closest()).contains("fee_amount");
        }
    }

    @Test
    void aQuestionThatRestsOnWordsOnlyTheQuestionsItMustNotAnswerUseIsDeclined() throws IOException {
        try (FaqMatcher matcher = new FaqMatcher(faq)) {
            assertThat(matcher.match("weather in Osaka this weekend", "en").confident()).isFalse();
            assertThat(matcher.match("I want to know how much the renewal fee is", "en").entry()).isEqualTo("fee_amount");
        }
    }

    @Test
    void phrasesThatCarryNoMeaningAreRemovedAndConceptsBecomeOneWord() {
        Concepts concepts = new Concepts(Map.of(Concepts.IGNORE, List.of("is there a way to"),
                "my_number", List.of("my number card", "マイナンバーカード")));
        assertThat(concepts.rewrite("Is there a way to get a My Number Card").trim()).isEqualTo("get a  zzcmynumber");
        assertThat(concepts.rewrite("マイナンバーカードがない")).isEqualTo(" zzcmynumber がない");
    }

    @Test
    void theEvaluationSetsAreNotAmongTheVariants() throws IOException {
        Set<String> variants = new TreeSet<>();
        faq.entries().values().forEach(e -> e.texts().values().forEach(t -> t.questions()
                .forEach(q -> variants.add(Concepts.normalize(q).strip()))));
        List<String> copied = new ArrayList<>();
        try (var files = Files.list(DEV)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    int at = line.indexOf("q: \"");
                    if (at >= 0) {
                        String q = line.substring(at + 4, line.indexOf('"', at + 4));
                        if (variants.contains(Concepts.normalize(q).strip())) {
                            copied.add(file.getFileName() + ": " + q);
                        }
                    }
                }
            }
        }
        assertThat(copied).as("evaluation questions that are also variants").isEmpty();
    }
}
