package dev.zairyu.bot.i18n;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What {@link DateReader} made of a message: one date, a question to ask, or nothing usable. */
public sealed interface DateReading {

    record Read(LocalDate date) implements DateReading {
        public Read {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Two readings are possible (e.g. 03/04/2027): the bot asks which one; candidates in the order to offer. */
    record Ambiguous(List<LocalDate> candidates) implements DateReading {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguity needs at least two candidates: " + candidates);
            }
        }
    }

    record Unreadable() implements DateReading {}
}
