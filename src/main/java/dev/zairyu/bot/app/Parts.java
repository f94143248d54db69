package dev.zairyu.bot.app;

import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.dispatch.TurnProcessor;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.engine.Engine;
import dev.zairyu.bot.reminder.ReminderDispatcher;
import dev.zairyu.bot.store.jdbc.Database;
import dev.zairyu.bot.store.jdbc.JdbcInbox;
import dev.zairyu.bot.store.jdbc.JdbcOutbox;
import dev.zairyu.bot.store.jdbc.JdbcReminderStore;
import dev.zairyu.bot.store.jdbc.JdbcUserData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** The running parts the HTTP handlers call, ready once the database is open and the content loaded. */
record Parts(Database db, AtomicReference<Engine> engine, ConversationService conversations, JdbcInbox inbox,
             JdbcOutbox outbox, TurnProcessor processor, JdbcReminderStore reminderStore, ReminderDispatcher reminders,
             JdbcUserData userData) {

    /** Accepted webhook events: durable first, then handed to the turn worker. */
    CompletableFuture<Void> accept(List<InboundEvent> events) {
        return inbox.append(events).thenAccept(processor::accepted);
    }
}
