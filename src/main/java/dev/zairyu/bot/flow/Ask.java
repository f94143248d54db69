package dev.zairyu.bot.flow;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A question. {@code choice} offers options (typed labels are accepted too); {@code date} offers a
 * date picker and reads typed dates; {@code text} takes any text.
 *
 * @param freeText for choice questions: typed text that matches no option is kept with the value {@code other}
 * @param retry    catalog key said before asking again when the answer could not be read
 */
public record Ask(Type type, String prompt, String slot, List<Option> options,
                  @JsonProperty("free_text") boolean freeText, String retry) {
    public Ask {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public enum Type {
        @JsonProperty("choice") CHOICE,
        @JsonProperty("date") DATE,
        @JsonProperty("text") TEXT
    }

    public Option option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
    }
}
