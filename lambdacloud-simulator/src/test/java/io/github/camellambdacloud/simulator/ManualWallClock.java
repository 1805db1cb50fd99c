package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** Wall-clock source that tests move by hand, so rate-limit checks do not depend on real time. */
final class ManualWallClock implements InstantSource {

    private Instant now = Instant.parse("2026-03-01T12:00:00Z");

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
