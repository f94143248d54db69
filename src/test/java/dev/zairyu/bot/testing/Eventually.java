package dev.zairyu.bot.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for an asynchronous effect (a row deleted after a delivery), checking often, failing after a bound. */
public final class Eventually {
    private Eventually() {
    }

    public static void until(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 15 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
