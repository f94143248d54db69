package dev.zairyu.bot.engine;

import java.util.Optional;

/**
 * What a tapped button carries back. An answer names the question it answers, so a tap on an old
 * button answers that old question instead of being mistaken for an answer to the current one.
 * Format: {@code a|flow|step|value} for answers, {@code c|command} for commands.
 */
public sealed interface PostbackData {
    record Answer(String flow, String step, String value) implements PostbackData {
    }

    record Command(String name) implements PostbackData {
    }

    static String answer(String flow, String step, String value) {
        return "a|" + flow + "|" + step + "|" + (value == null ? "" : value);
    }

    static String command(String name) {
        return "c|" + name;
    }

    static Optional<PostbackData> parse(String data) {
        String[] parts = data.split("\\|", -1);
        if (parts.length == 4 && parts[0].equals("a") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return Optional.of(new Answer(parts[1], parts[2], parts[3]));
        }
        if (parts.length == 2 && parts[0].equals("c") && !parts[1].isEmpty()) {
            return Optional.of(new Command(parts[1]));
        }
        return Optional.empty();
    }
}
