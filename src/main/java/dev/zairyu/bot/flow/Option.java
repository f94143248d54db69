package dev.zairyu.bot.flow;

/** One choice of a question: the stored value, its label (catalog key) and, optionally, where it leads. */
public record Option(String value, String label, String next) {
}
