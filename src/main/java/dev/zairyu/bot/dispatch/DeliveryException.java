package dev.zairyu.bot.dispatch;

/**
 * A platform did not take a message. {@code retryable} says whether trying again later can help
 * (timeouts, 429, 5xx) or not (other 4xx).
 */
public final class DeliveryException extends RuntimeException {
    private final int status;
    private final boolean retryable;

    public DeliveryException(String message, int status, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
