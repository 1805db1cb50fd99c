package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * Simulated time of a {@link LambdaCloudSimulator}: either manual (moves only on {@link #advance(Duration)})
 * or scaled (runs {@code factor} times faster than a wall-clock source).
 *
 * <p>Instance state transitions are computed from this clock, never from the wall clock, so a test with a
 * manual clock decides exactly when an instance becomes active.
 */
public final class SimulatorClock {

    private final InstantSource wallClock;
    private final double factor;
    private final Instant wallStart;
    private final Instant simulatedStart;
    private Duration manualOffset = Duration.ZERO;

    private SimulatorClock(InstantSource wallClock, double factor, Instant simulatedStart) {
        this.wallClock = wallClock;
        this.factor = factor;
        this.wallStart = wallClock == null ? null : wallClock.instant();
        this.simulatedStart = Objects.requireNonNull(simulatedStart, "simulatedStart");
    }

    /** Creates a clock that stays at {@code start} until {@link #advance(Duration)} is called. */
    public static SimulatorClock manual(Instant start) {
        return new SimulatorClock(null, 0, start);
    }

    /**
     * Creates a clock that starts at {@code start} and advances {@code factor} simulated seconds per second of
     * {@code wallClock}; a factor of 60 turns a 3-minute boot into 3 seconds.
     *
     * @throws IllegalArgumentException if {@code factor} is not a positive finite number
     */
    public static SimulatorClock scaled(double factor, Instant start, InstantSource wallClock) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("Invalid time scale factor " + factor + ": expected a positive number");
        }
        return new SimulatorClock(Objects.requireNonNull(wallClock, "wallClock"), factor, start);
    }

    /** Returns the current simulated time. */
    public synchronized Instant now() {
        if (isManual()) {
            return simulatedStart.plus(manualOffset);
        }
        Duration wallElapsed = Duration.between(wallStart, wallClock.instant());
        long simulatedNanos = (long) (wallElapsed.toNanos() * factor);
        return simulatedStart.plusNanos(simulatedNanos);
    }

    /**
     * Moves a manual clock forward.
     *
     * @throws IllegalStateException if this clock is scaled
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public synchronized void advance(Duration duration) {
        if (!isManual()) {
            throw new IllegalStateException("Cannot advance a scaled clock: build the simulator with manualClock()");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Invalid duration " + duration + ": the clock cannot move backwards");
        }
        manualOffset = manualOffset.plus(duration);
    }

    /** Returns {@code true} if the clock only moves on {@link #advance(Duration)}. */
    public boolean isManual() {
        return wallClock == null;
    }

    /** Returns the number of simulated seconds per wall-clock second, or 0 for a manual clock. */
    public double factor() {
        return factor;
    }

    /** Returns the simulated time at which the clock started. */
    public Instant start() {
        return simulatedStart;
    }
}
