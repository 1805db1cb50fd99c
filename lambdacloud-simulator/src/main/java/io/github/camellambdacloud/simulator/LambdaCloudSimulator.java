package io.github.camellambdacloud.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stateful fake of the Lambda Cloud API v1 that runs in-process and listens on 127.0.0.1 only.
 *
 * <p>Build it with {@link #builder()}, call {@link #start()}, point a client at {@link #baseUrl()} and
 * {@link #close()} it when done. All methods are thread-safe.
 */
public final class LambdaCloudSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaCloudSimulator.class);
    /** Wall-clock period of the scaled-clock ticker, which applies due transitions between requests. */
    private static final long TICK_MILLIS = 50;
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final Settings settings;
    private final EventLog eventLog = new EventLog();
    private final SimulatorState state;
    private final Faults faults;
    private final RateLimiter generalLimiter;
    private final RateLimiter launchLimiter;
    private HttpServer server;
    private ExecutorService executor;
    private ScheduledExecutorService ticker;

    private LambdaCloudSimulator(Settings settings) {
        this.settings = settings;
        this.state = new SimulatorState(settings, eventLog);
        this.faults = new Faults(settings.seed());
        this.generalLimiter = settings.generalRateLimit()
                ? new RateLimiter(settings.wallClock(), settings.generalInterval(), settings.generalBurst())
                : null;
        this.launchLimiter = settings.launchRateLimit()
                ? new RateLimiter(settings.wallClock(), settings.launchInterval(), settings.launchBurst())
                : null;
    }

    /** Creates a builder with the default catalog, a real-time clock and rate limits off. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 on the configured port (ephemeral by default) and starts serving.
     *
     * @throws UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException if the simulator is already running
     */
    public synchronized LambdaCloudSimulator start() {
        if (server != null) {
            throw new IllegalStateException("Simulator already running at " + baseUrl());
        }
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        enableNoDelay();
        try {
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), settings.port()), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to bind 127.0.0.1:" + settings.port(), e);
        }
        executor = Executors.newFixedThreadPool(settings.serverThreads(), daemonThreads("lambdacloud-simulator-http"));
        server.setExecutor(executor);
        server.createContext("/", new ApiHandler(settings.apiKey(), mapper, state, faults, eventLog,
                settings.wallClock(), generalLimiter, launchLimiter));
        server.start();
        if (!state.clock().isManual()) {
            ticker = Executors.newSingleThreadScheduledExecutor(daemonThreads("lambdacloud-simulator-clock"));
            ticker.scheduleAtFixedRate(state::refresh, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        LOG.info("Lambda Cloud simulator started at {} ({} clock)", baseUrl(),
                state.clock().isManual() ? "manual" : "scaled x" + state.clock().factor());
        return this;
    }

    /** Stops the server and its threads; requests in flight are dropped. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        String url = baseUrl();
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        server.stop(0);
        executor.shutdownNow();
        server = null;
        executor = null;
        LOG.info("Lambda Cloud simulator at {} stopped", url);
    }

    /**
     * Returns the base URL, {@code http://127.0.0.1:<port>/api/v1}.
     *
     * @throws IllegalStateException if the simulator is not running
     */
    public synchronized String baseUrl() {
        return "http://127.0.0.1:" + port() + ApiHandler.BASE_PATH;
    }

    /**
     * Returns the bound port.
     *
     * @throws IllegalStateException if the simulator is not running
     */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Simulator is not running: call start() first");
        }
        return server.getAddress().getPort();
    }

    /** Returns the API key that requests must present. */
    public String apiKey() {
        return settings.apiKey();
    }

    /** Returns the simulator clock. */
    public SimulatorClock clock() {
        return state.clock();
    }

    /**
     * Moves a manual clock forward and applies every transition that falls due.
     *
     * @throws IllegalStateException if the clock is scaled
     */
    public void advance(Duration duration) {
        state.clock().advance(duration);
        state.refresh();
    }

    /** Sets how many instances of {@code type} can still launch in {@code region}. */
    public void capacity(String type, String region, int count) {
        state.setCapacity(type, region, count);
    }

    /** Returns how many instances of {@code type} can still launch in {@code region}. */
    public int capacity(String type, String region) {
        return state.capacity(type, region);
    }

    /**
     * Makes the next {@code launches} launch requests that pass validation fail with
     * {@code insufficient-capacity} although {@code GET /instance-types} still lists capacity.
     */
    public void catalogLies(int launches) {
        state.setCatalogLies(launches);
    }

    /** Sets the instance quota: launches fail with {@code global/quota-exceeded} once this many are billable. */
    public void maxInstances(int max) {
        state.setMaxInstances(max);
    }

    /**
     * Forces an instance into {@code unhealthy}, {@code preempted} or back to {@code active}.
     *
     * @throws IllegalArgumentException for an unknown id or another status
     * @throws IllegalStateException if the instance is already terminating or gone
     */
    public void injectStatus(String instanceId, String status) {
        state.injectStatus(instanceId, status);
    }

    /** Returns the fault registry, whose rules can be changed while the simulator runs. */
    public Faults faults() {
        return faults;
    }

    /** Returns every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return eventLog.requests();
    }

    /** Returns every instance state transition so far, oldest first. */
    public List<StateTransition> transitions() {
        return eventLog.transitions();
    }

    /**
     * Blocks until a transition matching {@code condition} has been recorded and returns the first such one.
     *
     * @throws TimeoutException if none is recorded within {@code timeout}
     */
    public StateTransition awaitTransition(Predicate<StateTransition> condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        return eventLog.awaitTransition(condition, timeout);
    }

    /**
     * Blocks until {@code count} requests matching {@code condition} have been recorded and returns them.
     *
     * @throws TimeoutException if fewer arrive within {@code timeout}
     */
    public List<RecordedRequest> awaitRequests(Predicate<RecordedRequest> condition, int count, Duration timeout)
            throws InterruptedException, TimeoutException {
        return eventLog.awaitRequests(condition, count, timeout);
    }

    /** Returns a snapshot of the instances that {@code GET /instances} would list now. */
    public List<InstanceSnapshot> instances() {
        return state.snapshots();
    }

    /** Stores an SSH key without an API call or audit event and returns its id. */
    public String addSshKey(String name, String publicKey) {
        return state.seedSshKey(Objects.requireNonNull(name, "name"), Objects.requireNonNull(publicKey, "publicKey"));
    }

    /** Stores a file system in {@code region} without an API call or audit event and returns its id. */
    public String addFileSystem(String name, String region) {
        return state.seedFileSystem(Objects.requireNonNull(name, "name"), Objects.requireNonNull(region, "region"));
    }

    /**
     * Restores the state built by the builder: clears instances, keys, file systems, firewall rules, audit
     * events, faults, recorded requests and transitions, refills rate limits and restarts the clock.
     */
    public void reset() {
        state.reset(settings.newClock());
        faults.clear();
        eventLog.clear();
        if (generalLimiter != null) {
            generalLimiter.reset();
        }
        if (launchLimiter != null) {
            launchLimiter.reset();
        }
    }

    /**
     * Turns on TCP_NODELAY for the JDK HTTP server unless the property is already set. Without it, Nagle's
     * algorithm and the client's delayed ACK hold back each response by about 40 ms. Sequential JDK HttpClient
     * requests on loopback (2-core machine, JDK 17) measured about 21 requests/s without and 1,000 with it.
     *
     * <p>NOTE: the JDK reads {@code sun.net.httpserver.nodelay} once, when the first {@code HttpServer} of the
     * JVM is created, so this has no effect if another JDK HTTP server started earlier; pass
     * {@code -Dsun.net.httpserver.nodelay=true} in that case.
     */
    private static void enableNoDelay() {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Settings of a simulator. Every setter returns this builder; defaults are listed per method. */
    public static final class Builder {

        private String apiKey = "simulator-api-key";
        private int port;
        private boolean manualClock;
        private double timeScale = 1.0;
        private Instant startTime;
        private InstantSource wallClock = InstantSource.system();
        private Duration bootTime = Duration.ofMinutes(3);
        private Duration restartTime = Duration.ofMinutes(1);
        private Duration terminateTime = Duration.ofSeconds(30);
        private Duration lingerTime = Duration.ofMinutes(5);
        private List<RegionSpec> regions = DefaultCatalog.regions();
        private List<InstanceTypeSpec> instanceTypes = DefaultCatalog.instanceTypes();
        private final Map<String, Map<String, Integer>> capacity = new HashMap<>();
        private boolean defaultCapacity = true;
        private int maxInstances = 10;
        private boolean generalRateLimit;
        private int generalBurst = 2;
        private Duration generalInterval = Duration.ofSeconds(1);
        private boolean launchRateLimit;
        private int launchBurst = 1;
        private Duration launchInterval = Duration.ofSeconds(12);
        private int auditPageSize = 100;
        private long seed = 42;
        private int serverThreads = 16;

        private Builder() {}

        /** Sets the only API key the simulator accepts. Default {@code simulator-api-key}. */
        public Builder apiKey(String apiKey) {
            Objects.requireNonNull(apiKey, "apiKey");
            if (apiKey.isBlank()) {
                throw new IllegalArgumentException("Invalid API key: must not be blank");
            }
            this.apiKey = apiKey;
            return this;
        }

        /** Sets the port on 127.0.0.1; 0 (the default) picks a free ephemeral port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid port " + port + ": expected 0..65535");
            }
            this.port = port;
            return this;
        }

        /** Uses a scaled clock running {@code factor} times faster than the wall clock. Default: scaled, 1.0. */
        public Builder timeScale(double factor) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("Invalid time scale " + factor + ": expected a positive number");
            }
            this.timeScale = factor;
            this.manualClock = false;
            return this;
        }

        /** Uses a manual clock that moves only on {@link LambdaCloudSimulator#advance(Duration)}. */
        public Builder manualClock() {
            this.manualClock = true;
            return this;
        }

        /**
         * Sets the simulated start time. Default: 2026-01-01T00:00:00Z for a manual clock, the wall-clock time
         * at {@link #build()} for a scaled one.
         */
        public Builder startTime(Instant startTime) {
            this.startTime = Objects.requireNonNull(startTime, "startTime");
            return this;
        }

        /**
         * Sets the wall-clock source used for rate limits, for the scaled clock and for wall timestamps in the
         * record. Default {@link InstantSource#system()}; tests pass a source they move by hand.
         */
        public Builder wallClock(InstantSource wallClock) {
            this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
            return this;
        }

        /** Sets the simulated time from launch to {@code active}. Default 3 minutes. */
        public Builder bootTime(Duration duration) {
            this.bootTime = nonNegative("bootTime", duration);
            return this;
        }

        /** Sets the simulated time a restart spends in {@code booting}. Default 1 minute. */
        public Builder restartTime(Duration duration) {
            this.restartTime = nonNegative("restartTime", duration);
            return this;
        }

        /** Sets the simulated time from {@code terminating} to {@code terminated}. Default 30 seconds. */
        public Builder terminateTime(Duration duration) {
            this.terminateTime = nonNegative("terminateTime", duration);
            return this;
        }

        /**
         * Sets how long a terminated or preempted instance stays in {@code GET /instances} before it is removed
         * and {@code GET /instances/{id}} returns 404. Default 5 minutes.
         */
        public Builder lingerTime(Duration duration) {
            this.lingerTime = nonNegative("lingerTime", duration);
            return this;
        }

        /** Replaces the default regions and drops the default capacity. */
        public Builder regions(List<RegionSpec> regions) {
            this.regions = List.copyOf(regions);
            this.defaultCapacity = false;
            return this;
        }

        /** Replaces the default instance types and drops the default capacity. */
        public Builder instanceTypes(List<InstanceTypeSpec> instanceTypes) {
            this.instanceTypes = List.copyOf(instanceTypes);
            this.defaultCapacity = false;
            return this;
        }

        /** Sets the capacity of one type in one region; the first call drops the default capacity table. */
        public Builder capacity(String type, String region, int count) {
            if (count < 0) {
                throw new IllegalArgumentException("Invalid capacity " + count + " for " + type + " in " + region);
            }
            if (defaultCapacity) {
                capacity.clear();
                defaultCapacity = false;
            }
            capacity.computeIfAbsent(type, key -> new HashMap<>()).put(region, count);
            return this;
        }

        /** Sets the instance quota (billable instances). Default 10. */
        public Builder maxInstances(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("Invalid instance quota " + max + ": must not be negative");
            }
            this.maxInstances = max;
            return this;
        }

        /** Turns on both rate limits: 1 request/s overall and 1 launch per 12 s. Default off. */
        public Builder rateLimits(boolean enabled) {
            this.generalRateLimit = enabled;
            this.launchRateLimit = enabled;
            return this;
        }

        /**
         * Turns the overall limit of one request per second on or off. {@code burst} requests may arrive
         * back to back after an idle period; Lambda documents the rate but no burst. Default off, burst 2.
         */
        public Builder generalRateLimit(boolean enabled, int burst) {
            if (burst < 1) {
                throw new IllegalArgumentException("Invalid burst " + burst + ": expected at least 1");
            }
            this.generalRateLimit = enabled;
            this.generalBurst = burst;
            return this;
        }

        /** Turns the launch limit of one request per 12 s on or off. Default off. */
        public Builder launchRateLimit(boolean enabled) {
            this.launchRateLimit = enabled;
            return this;
        }

        /**
         * Turns the launch limit on or off, and lets {@code burst} launches arrive back to back after an idle
         * period. Default off, burst 1.
         */
        public Builder launchRateLimit(boolean enabled, int burst) {
            if (burst < 1) {
                throw new IllegalArgumentException("Invalid burst " + burst + ": expected at least 1");
            }
            this.launchRateLimit = enabled;
            this.launchBurst = burst;
            return this;
        }

        /**
         * Sets the token intervals of the two limits, so tests can run the documented 1 s and 12 s limits faster.
         * Only the intervals change: turn the limits on with {@link #rateLimits(boolean)}. Default 1 s and 12 s.
         */
        public Builder rateLimitIntervals(Duration request, Duration launch) {
            this.generalInterval = positive("request interval", request);
            this.launchInterval = positive("launch interval", launch);
            return this;
        }

        /** Sets how many audit events one page holds. Default 100. */
        public Builder auditPageSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("Invalid audit page size " + size + ": expected at least 1");
            }
            this.auditPageSize = size;
            return this;
        }

        /** Sets the seed for ids and for share-based faults, so that runs repeat. Default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the number of HTTP worker threads. Default 16. */
        public Builder serverThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("Invalid thread count " + threads + ": expected at least 1");
            }
            this.serverThreads = threads;
            return this;
        }

        /** Builds a simulator that is not yet listening; call {@link LambdaCloudSimulator#start()}. */
        public LambdaCloudSimulator build() {
            Instant start = startTime != null
                    ? startTime
                    : manualClock ? Instant.parse("2026-01-01T00:00:00Z") : wallClock.instant();
            Map<String, Map<String, Integer>> table = defaultCapacity ? DefaultCatalog.capacity() : capacity;
            checkCapacityTable(table);
            return new LambdaCloudSimulator(new Settings(apiKey, port, manualClock, timeScale, start, wallClock,
                    bootTime, restartTime, terminateTime, lingerTime, regions, instanceTypes, copy(table),
                    maxInstances, generalRateLimit, generalBurst, generalInterval, launchRateLimit, launchBurst,
                    launchInterval, auditPageSize, seed,
                    serverThreads));
        }

        private void checkCapacityTable(Map<String, Map<String, Integer>> table) {
            List<String> typeNames = instanceTypes.stream().map(InstanceTypeSpec::name).toList();
            List<String> regionNames = regions.stream().map(RegionSpec::name).toList();
            List<String> unknown = new ArrayList<>();
            table.forEach((type, perRegion) -> perRegion.keySet().forEach(region -> {
                if (!typeNames.contains(type) || !regionNames.contains(region)) {
                    unknown.add(type + "@" + region);
                }
            }));
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("Capacity set for unknown instance types or regions: " + unknown);
            }
        }

        private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> table) {
            Map<String, Map<String, Integer>> result = new HashMap<>();
            table.forEach((type, perRegion) -> result.put(type, Map.copyOf(perRegion)));
            return Map.copyOf(result);
        }

        private static Duration positive(String name, Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("Invalid " + name + " " + duration + ": must be positive");
            }
            return duration;
        }

        private static Duration nonNegative(String name, Duration duration) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException("Invalid " + name + " " + duration + ": must not be negative");
            }
            return duration;
        }
    }
}
