package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Token bucket over a wall-clock source: {@code burst} tokens, one token back per {@code interval}.
 * It measures real request spacing, so it reads the wall clock, not the simulator clock.
 */
final class RateLimiter {

    private final InstantSource wallClock;
    private final long intervalNanos;
    private final int burst;
    private double tokens;
    private Instant last;

    RateLimiter(InstantSource wallClock, Duration interval, int burst) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Invalid rate-limit interval " + interval + ": must be positive");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("Invalid rate-limit burst " + burst + ": expected at least 1");
        }
        this.wallClock = wallClock;
        this.intervalNanos = interval.toNanos();
        this.burst = burst;
        this.tokens = burst;
        this.last = wallClock.instant();
    }

    /** Takes one token if one is available and returns whether it did. */
    synchronized boolean tryAcquire() {
        Instant now = wallClock.instant();
        long elapsedNanos = Math.max(0, Duration.between(last, now).toNanos());
        tokens = Math.min(burst, tokens + (double) elapsedNanos / intervalNanos);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    synchronized void reset() {
        tokens = burst;
        last = wallClock.instant();
    }
}
