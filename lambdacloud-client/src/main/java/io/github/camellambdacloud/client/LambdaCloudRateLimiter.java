package io.github.camellambdacloud.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces requests so they stay within the API's documented limits: about one request per second for an account, and
 * one launch every 12 seconds. A request that would exceed a limit waits for its slot instead of failing; slots are
 * handed out in the order requests ask for them.
 *
 * <p>A launch waiting for its 12-second slot does not hold up other requests: they take the free one-second slots
 * before it. Clients built for the same API key in one JVM share one limiter by default, because the limits apply to
 * the account, not to a connection.
 */
public final class LambdaCloudRateLimiter {

    /** The API's documented limit for all requests: one per second. */
    public static final Duration DEFAULT_REQUEST_INTERVAL = Duration.ofSeconds(1);
    /** The API's documented limit for launches: one every 12 seconds. */
    public static final Duration DEFAULT_LAUNCH_INTERVAL = Duration.ofSeconds(12);

    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudRateLimiter.class);

    private static final Map<String, LambdaCloudRateLimiter> SHARED = new ConcurrentHashMap<>();

    private long requestIntervalNanos;
    private long launchIntervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    // Start times of requests that were handed a slot less than one interval ago or in the future.
    private final NavigableSet<Long> reservedSlots = new TreeSet<>();
    private long nextLaunchNanos = Long.MIN_VALUE;
    // Intervals requested through sharedFor by clients that are still open, as {request, launch} in nanoseconds.
    private final List<long[]> registrations = new ArrayList<>();

    /** Creates a limiter with its own slots, measured with {@link System#nanoTime()}. */
    public LambdaCloudRateLimiter(Duration requestInterval, Duration launchInterval) {
        this(requestInterval, launchInterval, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
    }

    LambdaCloudRateLimiter(Duration requestInterval, Duration launchInterval, LongSupplier nanoTime, Sleeper sleeper) {
        this.requestIntervalNanos = requireNotNegative("request interval", requestInterval).toNanos();
        this.launchIntervalNanos = requireNotNegative("launch interval", launchInterval).toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * Returns the limiter that every client for this API key in the JVM shares, keyed by the key's fingerprint only,
     * and registers the intervals this caller asks for. The longest registered interval of each kind applies to all
     * callers, because the API's limits count every request of the account, whichever client sends it. A client
     * built by {@link LambdaCloudClientBuilder} releases its registration when it is closed.
     */
    public static LambdaCloudRateLimiter sharedFor(String apiKey, Duration requestInterval, Duration launchInterval) {
        requireNotNegative("request interval", requestInterval);
        requireNotNegative("launch interval", launchInterval);
        LambdaCloudRateLimiter limiter = SHARED.computeIfAbsent(ApiKeyFingerprint.of(apiKey),
                ignored -> new LambdaCloudRateLimiter(requestInterval, launchInterval));
        limiter.register(requestInterval.toNanos(), launchInterval.toNanos());
        return limiter;
    }

    private synchronized void register(long requestNanos, long launchNanos) {
        registrations.add(new long[] {requestNanos, launchNanos});
        applyLongestRegistered();
    }

    /** Removes one registration made by {@link #sharedFor} with these intervals. */
    synchronized void release(Duration requestInterval, Duration launchInterval) {
        for (int i = 0; i < registrations.size(); i++) {
            long[] registered = registrations.get(i);
            if (registered[0] == requestInterval.toNanos() && registered[1] == launchInterval.toNanos()) {
                registrations.remove(i);
                break;
            }
        }
        if (!registrations.isEmpty()) {
            applyLongestRegistered();
        }
    }

    private void applyLongestRegistered() {
        long longestRequest = registrations.stream().mapToLong(registered -> registered[0]).max().orElse(0);
        long longestLaunch = registrations.stream().mapToLong(registered -> registered[1]).max().orElse(0);
        if (longestRequest != requestIntervalNanos || longestLaunch != launchIntervalNanos) {
            requestIntervalNanos = longestRequest;
            launchIntervalNanos = longestLaunch;
            LOG.info("Rate limit shared by the clients of one API key is now one request every {} ms and one launch"
                    + " every {} ms", requestInterval().toMillis(), launchInterval().toMillis());
        }
    }

    /** Returns a limiter that never waits, for servers without limits such as a local simulator. */
    public static LambdaCloudRateLimiter unlimited() {
        return new LambdaCloudRateLimiter(Duration.ZERO, Duration.ZERO);
    }

    /** Returns the minimum spacing between any two requests. */
    public synchronized Duration requestInterval() {
        return Duration.ofNanos(requestIntervalNanos);
    }

    /** Returns the minimum spacing between two launches. */
    public synchronized Duration launchInterval() {
        return Duration.ofNanos(launchIntervalNanos);
    }

    /**
     * Waits until the caller may send a request, and returns how long it waited.
     *
     * @param launch true for {@code POST /instance-operations/launch}, which also needs a launch slot
     * @throws InterruptedException if the thread is interrupted while waiting; the slot is then given up
     */
    public Duration acquire(boolean launch) throws InterruptedException {
        long slot = reserve(launch);
        long waitNanos = slot - nanoTime.getAsLong();
        if (waitNanos <= 0) {
            return Duration.ZERO;
        }
        try {
            sleeper.sleepNanos(waitNanos);
        } catch (InterruptedException e) {
            release(slot);
            throw e;
        }
        return Duration.ofNanos(waitNanos);
    }

    private synchronized long reserve(boolean launch) {
        long now = nanoTime.getAsLong();
        if (requestIntervalNanos > 0) {
            reservedSlots.headSet(now - requestIntervalNanos, true).clear();
        }

        long earliest = now;
        if (launch && nextLaunchNanos != Long.MIN_VALUE) {
            earliest = Math.max(earliest, nextLaunchNanos);
        }
        long slot = firstFreeSlotFrom(earliest);

        if (requestIntervalNanos > 0) {
            reservedSlots.add(slot);
        }
        if (launch) {
            nextLaunchNanos = slot + launchIntervalNanos;
        }
        return slot;
    }

    // The earliest start at or after the given time that is at least one interval away from every reserved slot.
    private long firstFreeSlotFrom(long earliest) {
        long candidate = earliest;
        while (requestIntervalNanos > 0) {
            Long neighbour = reservedSlots.ceiling(candidate - requestIntervalNanos + 1);
            if (neighbour == null || neighbour >= candidate + requestIntervalNanos) {
                return candidate;
            }
            candidate = neighbour + requestIntervalNanos;
        }
        return candidate;
    }

    private synchronized void release(long slot) {
        reservedSlots.remove(slot);
    }

    @Override
    public String toString() {
        return "LambdaCloudRateLimiter[requestInterval=" + requestInterval() + ", launchInterval=" + launchInterval()
                + "]";
    }

    private static Duration requireNotNegative(String name, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("Invalid " + name + " " + value + ": use zero or a positive duration.");
        }
        return value;
    }


    /** Waits; replaced in tests so no real time passes. */
    @FunctionalInterface
    interface Sleeper {

        void sleepNanos(long nanos) throws InterruptedException;
    }
}
