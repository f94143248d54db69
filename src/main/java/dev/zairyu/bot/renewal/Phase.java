package dev.zairyu.bot.renewal;

/** Where today stands relative to an application window. */
public enum Phase {
    /** The window opens later. */
    NOT_YET_OPEN,
    /** Today is inside the window and before the expiry date. */
    OPEN,
    /**
     * Today is the expiry date, or a later day up to the first open counter day after an expiry
     * date that fell on a closed day (A5). Counter only: the online system is closed to it (B3).
     */
    LAST_DAY,
    /** The last on-time counter day has passed: no longer an on-time application (A6). */
    EXPIRED,
    /** A period of stay with no published window (A3): "before expiry; ask the bureau". */
    NO_FIXED_RULE
}
