package io.github.camellambdacloud.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/** Immutable copy of the builder's values. */
record Settings(
        String apiKey,
        int port,
        boolean manualClock,
        double timeScale,
        Instant startTime,
        InstantSource wallClock,
        Duration bootTime,
        Duration restartTime,
        Duration terminateTime,
        Duration lingerTime,
        List<RegionSpec> regions,
        List<InstanceTypeSpec> instanceTypes,
        Map<String, Map<String, Integer>> capacity,
        int maxInstances,
        boolean generalRateLimit,
        int generalBurst,
        Duration generalInterval,
        boolean launchRateLimit,
        int launchBurst,
        Duration launchInterval,
        int auditPageSize,
        long seed,
        int serverThreads) {

    SimulatorClock newClock() {
        return manualClock
                ? SimulatorClock.manual(startTime)
                : SimulatorClock.scaled(timeScale, startTime, wallClock);
    }
}
