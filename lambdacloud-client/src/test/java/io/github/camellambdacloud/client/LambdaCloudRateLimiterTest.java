package io.github.camellambdacloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LambdaCloudRateLimiterTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    /** A clock that only moves when the limiter sleeps, so every wait is exact and no real time passes. */
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final List<Long> sleeps = new ArrayList<>();
    private final LambdaCloudRateLimiter limiter = new LambdaCloudRateLimiter(
            Duration.ofSeconds(1), Duration.ofSeconds(12), now::get, nanos -> {
                sleeps.add(nanos);
                now.addAndGet(nanos);
            });

    @Test
    void firstRequestDoesNotWait() throws InterruptedException {
        Duration waited = limiter.acquire(false);

        assertThat(waited).isZero();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void requestsAreSpacedOneIntervalApart() throws InterruptedException {
        limiter.acquire(false);
        Duration second = limiter.acquire(false);
        Duration third = limiter.acquire(false);

        assertThat(second).isEqualTo(Duration.ofSeconds(1));
        assertThat(third).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void requestAfterQuietPeriodDoesNotWait() throws InterruptedException {
        limiter.acquire(false);
        now.addAndGet(5 * SECOND);

        assertThat(limiter.acquire(false)).isZero();
    }

    @Test
    void launchesAreSpacedTwelveSecondsApart() throws InterruptedException {
        limiter.acquire(true);
        Duration second = limiter.acquire(true);

        assertThat(second).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void launchWaitDoesNotDelayOtherRequests() {
        AtomicLong fixedNow = new AtomicLong(0);
        List<Long> slots = new ArrayList<>();
        LambdaCloudRateLimiter reserving = new LambdaCloudRateLimiter(
                Duration.ofSeconds(1), Duration.ofSeconds(12), fixedNow::get, nanos -> slots.add(nanos));

        // Every acquire happens at time 0, so each recorded sleep is the slot's start time.
        acquireUnchecked(reserving, true);
        acquireUnchecked(reserving, true);
        acquireUnchecked(reserving, false);
        acquireUnchecked(reserving, false);

        assertThat(slots).containsExactly(12 * SECOND, 1 * SECOND, 2 * SECOND);
    }

    @Test
    void requestsNeverShareASlotWithAQueuedLaunch() {
        AtomicLong fixedNow = new AtomicLong(0);
        List<Long> slots = new ArrayList<>();
        LambdaCloudRateLimiter reserving = new LambdaCloudRateLimiter(
                Duration.ofSeconds(1), Duration.ofSeconds(2), fixedNow::get, nanos -> slots.add(nanos));

        acquireUnchecked(reserving, true);
        acquireUnchecked(reserving, true);
        for (int i = 0; i < 3; i++) {
            acquireUnchecked(reserving, false);
        }

        // Launches hold slots 0 and 2; the other requests fill 1, then skip 2, then take 3 and 4.
        assertThat(slots).containsExactly(2 * SECOND, 1 * SECOND, 3 * SECOND, 4 * SECOND);
    }

    @Test
    void zeroIntervalsNeverWait() throws InterruptedException {
        LambdaCloudRateLimiter unlimited = LambdaCloudRateLimiter.unlimited();

        for (int i = 0; i < 100; i++) {
            assertThat(unlimited.acquire(i % 2 == 0)).isZero();
        }
    }

    @Test
    void interruptedWaitGivesUpItsSlot() throws InterruptedException {
        AtomicLong fixedNow = new AtomicLong(0);
        boolean[] interruptNext = {false};
        List<Long> slots = new ArrayList<>();
        LambdaCloudRateLimiter interruptible = new LambdaCloudRateLimiter(
                Duration.ofSeconds(1), Duration.ZERO, fixedNow::get, nanos -> {
                    if (interruptNext[0]) {
                        throw new InterruptedException("test");
                    }
                    slots.add(nanos);
                });
        interruptible.acquire(false);
        interruptNext[0] = true;

        assertThatThrownBy(() -> interruptible.acquire(false)).isInstanceOf(InterruptedException.class);

        interruptNext[0] = false;
        interruptible.acquire(false);
        assertThat(slots).containsExactly(SECOND);
    }

    @Test
    void sameKeySharesOneLimiter() {
        LambdaCloudRateLimiter first = LambdaCloudRateLimiter.sharedFor(
                "shared-key", Duration.ofSeconds(1), Duration.ofSeconds(12));
        LambdaCloudRateLimiter second = LambdaCloudRateLimiter.sharedFor(
                "shared-key", Duration.ofSeconds(1), Duration.ofSeconds(12));
        LambdaCloudRateLimiter otherKey = LambdaCloudRateLimiter.sharedFor(
                "other-key", Duration.ofSeconds(1), Duration.ofSeconds(12));

        assertThat(second).isSameAs(first);
        assertThat(otherKey).isNotSameAs(first);
    }

    @Test
    void sameKeyWithOtherIntervalsSharesLongest() {
        LambdaCloudRateLimiter careful = LambdaCloudRateLimiter.sharedFor(
                "widening-key", Duration.ofSeconds(2), Duration.ofSeconds(12));
        LambdaCloudRateLimiter eager = LambdaCloudRateLimiter.sharedFor(
                "widening-key", Duration.ofMillis(500), Duration.ofSeconds(20));

        assertThat(eager).isSameAs(careful);
        assertThat(eager.requestInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(eager.launchInterval()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void closedClientReleasesItsIntervals() {
        LambdaCloudClient fast = LambdaCloudClient.builder().apiKey("release-key").baseUrl("http://127.0.0.1:9/api/v1")
                .requestInterval(Duration.ZERO).launchInterval(Duration.ZERO).build();
        LambdaCloudClient careful = LambdaCloudClient.builder().apiKey("release-key")
                .baseUrl("http://127.0.0.1:9/api/v1").build();
        LambdaCloudRateLimiter shared = LambdaCloudRateLimiter.sharedFor(
                "release-key", Duration.ZERO, Duration.ZERO);

        assertThat(shared.requestInterval()).isEqualTo(Duration.ofSeconds(1));

        careful.close();
        assertThat(shared.requestInterval()).isZero();
        assertThat(shared.launchInterval()).isZero();
        fast.close();
    }

    @Test
    void toStringShowsIntervalsOnly() {
        LambdaCloudRateLimiter shared = LambdaCloudRateLimiter.sharedFor(
                "visible-key-123", Duration.ofSeconds(1), Duration.ofSeconds(12));

        assertThat(shared.toString()).doesNotContain("visible-key-123").contains("PT1S").contains("PT12S");
    }

    @Test
    void negativeIntervalIsRejected() {
        assertThatThrownBy(() -> new LambdaCloudRateLimiter(Duration.ofSeconds(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request interval")
                .hasMessageContaining("PT-1S");
    }

    private static void acquireUnchecked(LambdaCloudRateLimiter limiter, boolean launch) {
        try {
            limiter.acquire(launch);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
