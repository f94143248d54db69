package dev.zairyu.bot.store;

import dev.zairyu.bot.domain.InboundEvent;

/** An accepted event waiting to be handled; {@code id} orders events and identifies the inbox row. */
public record PendingEvent(long id, InboundEvent event) {
}
