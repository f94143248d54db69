package dev.zairyu.bot.domain;

/** Where a person talks to the bot. The name is stored, so renaming a constant is a migration. */
public enum Channel {
    LINE, SLACK, WEB, TERMINAL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
