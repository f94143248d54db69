package dev.zairyu.bot.engine;

import java.util.Optional;

/**
 * What a tapped button carries back. An answer names the question it answers, so a tap on an old
 * button answers that old question instead of being mistaken for an answer to the current one.
 * Format: {@code a|flow|step|value} for answers, {@code c|command} for commands, {@code f|entry} for FAQ
 * topics and {@code l|code} for languages.
 */
public sealed interface PostbackData {
    record Answer(String flow, String step, String value) implements PostbackData {
    }

    record Command(String name) implements PostbackData {
    }

    /** An FAQ topic offered when the bot was not sure what was asked. */
    record FaqTopic(String entry) implements PostbackData {
    }

    /** A language chosen from the list. */
    record Language(String code) implements PostbackData {
    }

    static String answer(String flow, String step, String value) {
        return "a|" + flow + "|" + step + "|" + (value == null ? "" : value);
    }

    static String command(String name) {
        return "c|" + name;
    }

    static String faq(String entry) {
        return "f|" + entry;
    }

    static String language(String code) {
        return "l|" + code;
    }

    static Optional<PostbackData> parse(String data) {
        String[] parts = data.split("\\|", -1);
        if (parts.length == 4 && parts[0].equals("a") && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return Optional.of(new Answer(parts[1], parts[2], parts[3]));
        }
        if (parts.length == 2 && !parts[1].isEmpty()) {
            switch (parts[0]) {
                case "c" -> {
                    return Optional.of(new Command(parts[1]));
                }
                case "f" -> {
                    return Optional.of(new FaqTopic(parts[1]));
                }
                case "l" -> {
                    return Optional.of(new Language(parts[1]));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
