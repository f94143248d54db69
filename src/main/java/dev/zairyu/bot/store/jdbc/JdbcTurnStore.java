package dev.zairyu.bot.store.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.Outbox;
import dev.zairyu.bot.store.TurnStore;
import dev.zairyu.bot.store.UserSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Conversations in the database. Each person's row is locked ({@code SELECT … FOR UPDATE}) for the whole
 * transaction, which serialises their events across any number of instances; a batch of people is
 * read and written with a handful of statements, not a handful per person.
 *
 * <p>A Caffeine cache keeps parsed states, but only ever as a (version → state) pair: the version is read
 * under the lock in every transaction and the cached state is used only when it is that exact version,
 * so an instance never acts on a state another instance has since changed.
 */
public final class JdbcTurnStore implements TurnStore {
    private final Database db;
    private final Clock clock;
    private final Cache<String, Versioned> cache;

    record Versioned(long version, ConversationState state) {
    }

    public JdbcTurnStore(Database db, Clock clock, long cachedUsers) {
        this.db = db;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(cachedUsers).build();
    }

    @Override
    public <T> Batch<T> withUsers(List<UserRef> users, Function<List<UserSession>, T> work) {
        // Locks are always taken in key order, so two instances' batches cannot deadlock.
        List<UserRef> ordered = users.stream().distinct().sorted(Comparator.comparing(UserRef::key)).toList();
        List<JdbcUserSession> sessions = new ArrayList<>(ordered.size());
        List<Outbox.Entry> toDeliver = new ArrayList<>();
        T result = db.transaction(connection -> {
            sessions.clear();
            toDeliver.clear();
            sessions.addAll(open(connection, ordered, clock.instant()));
            T value = work.apply(List.copyOf(sessions));
            toDeliver.addAll(BatchWrites.flush(connection, sessions));
            return value;
        });
        // Only after the commit: a rolled-back turn must not leave its state in the cache.
        for (JdbcUserSession session : sessions) {
            Versioned saved = session.savedVersion();
            if (saved == null) {
                cache.invalidate(session.user().key());
            } else {
                cache.put(session.user().key(), saved);
            }
        }
        return new Batch<>(result, toDeliver, db.durability().afterCommit());
    }

    @Override
    public java.util.Set<String> withConversation(List<UserRef> users) {
        java.util.Set<String> known = new java.util.HashSet<>();
        List<String> toAsk = new ArrayList<>();
        for (UserRef user : users) {
            if (cache.getIfPresent(user.key()) != null) {
                known.add(user.key());
            } else {
                toAsk.add(user.key());
            }
        }
        if (!toAsk.isEmpty()) {
            known.addAll(db.transaction(connection -> BatchReads.withConversation(connection, toAsk)));
        }
        return known;
    }

    private List<JdbcUserSession> open(Connection connection, List<UserRef> users, Instant now) throws SQLException {
        BatchReads reads = BatchReads.lockAndRead(connection, users, now, cache::getIfPresent);
        List<JdbcUserSession> sessions = new ArrayList<>(users.size());
        for (UserRef user : users) {
            sessions.add(new JdbcUserSession(connection, user, now, reads.version(user), reads.state(user),
                    reads.pending(user), reads.hasBacklog(user)));
        }
        return sessions;
    }
}
