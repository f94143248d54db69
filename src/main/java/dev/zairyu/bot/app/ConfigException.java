package dev.zairyu.bot.app;

/** A configuration value is missing or malformed; the message is the one line printed before exiting. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
