package dev.zairyu.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Guards against catastrophic backtracking and shared mutable state, not a benchmark. */
class DateReaderPerformanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final List<String> INPUTS = List.of(
        "my card says 31 May 2027.", "2027年3月31日(水)", "令和9年3月31日", "03/04/2027", "ngày 31 tháng 3 năm 2027",
        "31 de março de 2027", "๓๑ มีนาคม ๒๕๗๐", "२०२७-०३-३१", "tomorrow", "AB12345678CD 2027/03/31",
        "I think it is valid until May 31, 2027, but I am not sure", "3月31日");
    // Shapes that make naive date regexes backtrack: long runs of near-dates, spaces and month-like words.
    private static final List<String> HOSTILE_INPUTS = List.of(
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 2027 2028 2029",
        "2027" + " ".repeat(2_000) + "/03/31", "31/".repeat(1_000) + "2027", "may may 1 1 de de ".repeat(200),
        "令和".repeat(1_000) + "9年", "1".repeat(5_000));

    private final DateReader reader = new DateReader();

    @Test
    void tenThousandReadsTakeWellUnderASecond() {
        for (int i = 0; i < 2_000; i++) {
            reader.read(INPUTS.get(i % INPUTS.size()), "en", TODAY);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            reader.read(INPUTS.get(i % INPUTS.size()), "en", TODAY);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void longHostileMessagesAreStillReadQuickly() {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            for (String text : HOSTILE_INPUTS) {
                reader.read(text, "en", TODAY);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void concurrentReadsGiveTheSameAnswersAsSequentialOnes() {
        List<DateReading> sequential = INPUTS.stream().map(text -> reader.read(text, "th", TODAY)).toList();

        List<List<DateReading>> parallel = IntStream.range(0, 200).parallel()
            .mapToObj(i -> INPUTS.stream().map(text -> reader.read(text, "th", TODAY)).toList())
            .toList();

        assertThat(parallel).allSatisfy(answers -> assertThat(answers).isEqualTo(sequential));
    }
}
