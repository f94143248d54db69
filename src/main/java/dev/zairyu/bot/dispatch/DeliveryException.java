package dev.zairyu.bot.dispatch;

/**
 * A platform did not take a message. {@code retryable} says whether trying again later can help
 * (timeouts, 429, 5xx) or not (other 4xx).
 */
public final class DeliveryException extends RuntimeException {
    private final int status;
    private final boolean retryable;
    private final java.time.Duration retryAfter;

    public DeliveryException(String message, int status, boolean retryable, Throwable cause) {
        this(message, status, retryable, cause, null);
    }

    /** @param retryAfter how long the platform asked us to wait (HTTP Retry-After), or null */
    public DeliveryException(String message, int status, boolean retryable, Throwable cause, java.time.Duration retryAfter) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.ofNullable(retryAfter);
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
