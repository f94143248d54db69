package dev.zairyu.bot.domain;

import java.util.Objects;

/** A person on one channel. Channel ids are opaque; the same human on two channels is two users. */
public record UserRef(Channel channel, String id) {
    public UserRef {
        Objects.requireNonNull(channel, "channel");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("user id is empty");
        }
    }

    /** A stable key for storage and locking, e.g. {@code line:U4af4980629...}. */
    public String key() {
        return channel.code() + ":" + id;
    }

    public static UserRef parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a user key: " + key);
        }
        return new UserRef(Channel.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
                key.substring(colon + 1));
    }
}
