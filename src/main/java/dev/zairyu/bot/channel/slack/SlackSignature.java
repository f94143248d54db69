package dev.zairyu.bot.channel.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing (v0): {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<raw body>}.
 * Compared in constant time, and only for timestamps within five minutes in the past; a timestamp from
 * the future (beyond a small clock skew) is refused as well, which closes the replay window that a
 * past-only check leaves open.
 */
final class SlackSignature {
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Clocks drift; a few seconds ahead is a slow clock here, not a forged request. */
    static final Duration MAX_SKEW = Duration.ofSeconds(30);

    private final byte[] secret;
    private final Clock clock;

    SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    enum Verdict { VALID, MISSING, STALE, FUTURE, FORGED }

    Verdict verify(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.FORGED;
        }
        Instant now = clock.instant();
        // Compared as seconds: a timestamp far outside what an Instant holds is simply not now.
        if (seconds < now.getEpochSecond() - MAX_AGE.toSeconds()) {
            return Verdict.STALE;
        }
        if (seconds > now.getEpochSecond() + MAX_SKEW.toSeconds()) {
            return Verdict.FUTURE;
        }
        Instant sent = Instant.ofEpochSecond(seconds);
        if (sent.isBefore(now.minus(MAX_AGE))) {
            return Verdict.STALE;
        }
        if (sent.isAfter(now.plus(MAX_SKEW))) {
            return Verdict.FUTURE;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp.strip(), body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8)) ? Verdict.VALID : Verdict.FORGED;
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
