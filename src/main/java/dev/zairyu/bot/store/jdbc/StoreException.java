package dev.zairyu.bot.store.jdbc;

import java.sql.SQLException;

/** The database failed; callers retry later or refuse the request, they never lose what was accepted. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
