package dev.zairyu.bot.faq;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.zairyu.bot.engine.QuestionMatcher;
import dev.zairyu.bot.i18n.LanguageDetector;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code flows faq-eval}: measures the FAQ on the development set (questions not among the variants,
 * and questions it must decline), per language: top-1 accuracy, the share of out-of-scope questions
 * declined, how often the answer would be in the asker's language, and the time a match takes.
 */
public final class FaqEvaluation {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record DevSet(String language, List<Question> questions, List<String> out_of_scope) {
    }

    record Question(String q, String expect) {
    }

    /** One language's figures. */
    public record Result(String language, int questions, int correct, int outOfScope, int declined, int inLanguage,
                         List<String> misses) {
        public double accuracy() {
            return questions == 0 ? 1 : (double) correct / questions;
        }

        public double declineRate() {
            return outOfScope == 0 ? 1 : (double) declined / outOfScope;
        }

        public double languageRate() {
            return questions == 0 ? 1 : (double) inLanguage / questions;
        }
    }

    private static final int WARM_UP_PASSES = 5;

    private final QuestionMatcher matcher;
    private final LanguageDetector detector;
    private final List<Long> nanos = new ArrayList<>();

    public FaqEvaluation(QuestionMatcher matcher, LanguageDetector detector) {
        this.matcher = matcher;
        this.detector = detector;
    }

    public List<Result> run(Path devDir) throws IOException {
        List<DevSet> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(devDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                sets.add(YAML.readValue(file.toFile(), DevSet.class));
            }
        }
        // Untimed passes first: the time that counts is that of a running service, not of a cold JVM.
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            sets.forEach(this::evaluate);
        }
        nanos.clear();
        return sets.stream().map(this::evaluate).toList();
    }

    private Result evaluate(DevSet set) {
        int correct = 0;
        int inLanguage = 0;
        List<String> misses = new ArrayList<>();
        List<Question> questions = set.questions() == null ? List.of() : set.questions();
        for (Question question : questions) {
            QuestionMatcher.Match match = timed(question.q(), set.language());
            if (question.expect().equals(match.entry())) {
                correct++;
            } else {
                misses.add(question.q() + " → " + (match.entry() == null ? "(declined " + String.format("%.2f", match.confidence()) + " "
                        + match.closest() + ")" : match.entry()) + ", expected " + question.expect());
            }
            String detected = detector.detect(question.q()).orElse("en");
            if (detected.equals(set.language()) || set.language().equals("ja-easy") && detected.equals("ja")) {
                inLanguage++;
            }
        }
        int declined = 0;
        List<String> outOfScope = set.out_of_scope() == null ? List.of() : set.out_of_scope();
        for (String question : outOfScope) {
            String language = detector.detect(question).orElse(set.language());
            QuestionMatcher.Match match = timed(question, language);
            if (!match.confident()) {
                declined++;
            } else {
                misses.add(question + " → answered " + match.entry() + ", should decline");
            }
        }
        return new Result(set.language(), questions.size(), correct, outOfScope.size(), declined, inLanguage, misses);
    }

    private QuestionMatcher.Match timed(String text, String language) {
        long start = System.nanoTime();
        QuestionMatcher.Match match = matcher.match(text, language);
        nanos.add(System.nanoTime() - start);
        return match;
    }

    /** Median time of one match, in microseconds. */
    public long medianMicros() {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1000;
    }

    public static void print(List<Result> results, long medianMicros, boolean verbose, PrintStream out) {
        out.println("| language | top-1 accuracy | out-of-scope declined | answered in their language |");
        out.println("|---|---|---|---|");
        for (Result r : results) {
            out.printf("| %s | %.1f %% (%d/%d) | %.1f %% (%d/%d) | %.1f %% |%n", r.language(), 100 * r.accuracy(), r.correct(),
                    r.questions(), 100 * r.declineRate(), r.declined(), r.outOfScope(), 100 * r.languageRate());
        }
        out.printf("median match time: %d µs%n", medianMicros);
        if (verbose) {
            for (Result r : results) {
                r.misses().forEach(m -> out.println("  " + r.language() + ": " + m));
            }
        }
    }
}
