package dev.zairyu.bot.store.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.zairyu.bot.domain.ConversationState;
import dev.zairyu.bot.domain.UserRef;
import dev.zairyu.bot.store.TurnStore;
import dev.zairyu.bot.store.UserSession;
import java.time.Clock;
import java.util.function.Function;

/**
 * Conversations in the database. The person's row is locked ({@code SELECT … FOR UPDATE}) for the whole
 * turn, which serialises their events across any number of instances.
 *
 * <p>A Caffeine cache keeps parsed states, but only ever as a (version → state) pair: the version is read
 * under the lock on every turn and the cached state is used only when it is that exact version, so an
 * instance never acts on a state another instance has since changed.
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
    public <T> T withUser(UserRef user, Function<UserSession, T> work) {
        JdbcUserSession[] session = new JdbcUserSession[1];
        T result = db.transaction(connection -> {
            session[0] = new JdbcUserSession(connection, user, clock.instant(), cache.getIfPresent(user.key()));
            T value = work.apply(session[0]);
            session[0].flush();
            return value;
        });
        // Only after the commit: a rolled-back turn must not leave its state in the cache.
        Versioned saved = session[0].savedVersion();
        if (saved == null) {
            cache.invalidate(user.key());
        } else {
            cache.put(user.key(), saved);
        }
        return result;
    }
}
