package io.github.camellambdacloud.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long the client retries a request that failed in a way that may pass: rate limiting, server
 * errors, upstream provider errors and transport failures.
 *
 * <p>Reads ({@code GET}) and writes that carry their full content ({@code PUT} and {@code PATCH} of firewall rules)
 * are retried on any such failure. Other writes are retried only when the server certainly did not apply them: after
 * a 429, or when the connection was never established. The wait before attempt {@code n + 1} is a random duration
 * between half and all of {@code initialBackoff × multiplier^(n - 1)}, capped at {@code maxBackoff}, or the server's
 * {@code Retry-After} when that is longer.
 *
 * @param maxAttempts the maximum number of attempts, the first included; 1 disables retries
 * @param initialBackoff the wait before the second attempt, before jitter
 * @param maxBackoff the longest wait between two attempts
 * @param multiplier how much the wait grows per attempt
 * @param maxElapsed no retry starts after this much time has passed since the first attempt
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier, Duration maxElapsed) {

    /** Four attempts, waiting about 1, 2 and 4 seconds, within two minutes. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, Duration.ofMinutes(2));

    /** One attempt: every failure is returned to the caller at once. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid maxAttempts " + maxAttempts
                    + ": use 1 for no retries, or more.");
        }
        requireNotNegative("initialBackoff", initialBackoff);
        requireNotNegative("maxBackoff", maxBackoff);
        requireNotNegative("maxElapsed", maxElapsed);
        if (multiplier < 1.0 || Double.isNaN(multiplier)) {
            throw new IllegalArgumentException("Invalid multiplier " + multiplier + ": use 1.0 or more.");
        }
    }

    /**
     * Returns the wait before the attempt after {@code failedAttempt} (1 for the first), never less than the server's
     * {@code Retry-After} when it sent one.
     */
    public Duration backoffAfter(int failedAttempt, Duration retryAfter) {
        double exponential = initialBackoff.toNanos() * Math.pow(multiplier, failedAttempt - 1.0);
        long ceiling = (long) Math.min(exponential, maxBackoff.toNanos());
        long jittered = ceiling <= 1 ? ceiling : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
        Duration backoff = Duration.ofNanos(jittered);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    private static void requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use zero or a positive duration.");
        }
    }
}
