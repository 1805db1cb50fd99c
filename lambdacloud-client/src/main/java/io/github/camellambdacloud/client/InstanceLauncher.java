package io.github.camellambdacloud.client;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches one instance so that a lost response never leads to a second billed instance.
 *
 * <p>Every launch carries the tag {@value LaunchTags#LAUNCH_ID_KEY}. When the launch fails in a way that may have
 * created the instance (see {@link #launch}), the launcher lists instances to find the tag instead of sending the
 * launch again. It can also try several regions in order, check a {@link SpendGuard} first, and show what it would
 * launch without launching ({@link #preview}).
 */
public final class InstanceLauncher {

    /** The region list entry that stands for every region the catalog lists with capacity for the type. */
    public static final String ANY_REGION = "any";
    /** How long to keep listing instances for an ambiguous launch by default. */
    public static final Duration DEFAULT_RECONCILE_TIMEOUT = Duration.ofSeconds(60);
    /** How long to wait between two listings by default. */
    public static final Duration DEFAULT_RECONCILE_INTERVAL = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(InstanceLauncher.class);

    private final LambdaCloudClient client;
    private final SpendGuard spendGuard;
    private final LaunchReconciler reconciler;

    private InstanceLauncher(Builder builder) {
        this.client = builder.client;
        this.spendGuard = builder.spendGuard;
        this.reconciler = new LaunchReconciler(builder.client, builder.clock, builder.sleeper,
                builder.reconcileTimeout, builder.reconcileInterval);
    }

    /** Starts building a launcher that sends its requests through {@code client}. */
    public static Builder builder(LambdaCloudClient client) {
        return new Builder(client);
    }

    /**
     * Launches one instance of the request's type, tagged with {@code launchId}.
     *
     * <p>{@code regions} lists the candidate regions in order; null or empty means the request's region alone, and
     * {@value #ANY_REGION} means every region the catalog lists with capacity. With several candidates, regions the
     * catalog lists without capacity are skipped, and an {@code insufficient-capacity} rejection moves on to the
     * next region; each further launch waits for the client's launch slot (one every 12 s by default).
     *
     * <p>A 429 or a refused connection is retried by the client. After a failure that may have created the
     * instance (a transport failure after the request was sent, a 5xx, or a success with an unreadable body), the
     * launch is not sent again: instances are listed until one carries the tag, which returns a reconciled
     * outcome, or the reconcile timeout passes, which throws {@link LaunchOutcomeUnknownException}.
     *
     * @throws SpendLimitExceededException when the spend guard rejects the launch; nothing was launched
     * @throws NoCapacityException when no candidate region had capacity; nothing was launched
     */
    public LaunchOutcome launch(LaunchRequest request, List<String> regions, String launchId) {
        LaunchRequest tagged = LaunchTags.withLaunchId(Objects.requireNonNull(request, "launch request"), launchId);
        LaunchPlan plan = plan(tagged, regions);
        checkRunningInstances();

        List<String> attempts = new ArrayList<>(plan.skipped());
        LambdaCloudApiException lastRejection = null;
        for (String region : plan.regions()) {
            LaunchRequest regional = tagged.withRegionName(region);
            try {
                LaunchResult result = client.launchInstance(regional);
                return new LaunchOutcome(result.instanceIds(), region, regional.instanceTypeName(), launchId, false,
                        null);
            } catch (LambdaCloudApiException e) {
                if (!e.isInsufficientCapacity() || plan.regions().size() == 1) {
                    return reconcileOrRethrow(regional, launchId, e);
                }
                LOG.info("Launch {} of {} found no capacity in {}; trying the next region", launchId,
                        regional.instanceTypeName(), region);
                attempts.add(region + ": launch failed with insufficient-capacity");
                lastRejection = e;
            } catch (LambdaCloudException e) {
                return reconcileOrRethrow(regional, launchId, e);
            }
        }
        throw new NoCapacityException(tagged.instanceTypeName(), attempts, lastRejection);
    }

    /**
     * Validates a launch as {@link #launch} would, checks the spend guard, and returns the region, type, price and
     * request it would send, without launching. It reads the catalog, and the instance list when the guard limits
     * running instances.
     */
    public LaunchPreview preview(LaunchRequest request, List<String> regions, String launchId) {
        LaunchRequest tagged = LaunchTags.withLaunchId(Objects.requireNonNull(request, "launch request"), launchId);
        LaunchPlan plan = plan(tagged, regions, true);
        checkRunningInstances();
        if (plan.regions().isEmpty()) {
            throw new NoCapacityException(tagged.instanceTypeName(), plan.skipped(), null);
        }
        String region = plan.regions().get(0);
        return new LaunchPreview(region, tagged.instanceTypeName(), plan.type().priceCentsPerHour(),
                tagged.withRegionName(region));
    }

    /**
     * Returns the outcome of an earlier launch with this launch id, found in one listing of instances, or empty when
     * there is none. Check it before launching again for the same work, such as when Camel redelivers an exchange
     * whose launch ended with {@link LaunchOutcomeUnknownException}: the instance may have appeared since.
     */
    public Optional<LaunchOutcome> findLaunched(LaunchRequest request, String launchId) {
        LaunchRequest tagged = LaunchTags.withLaunchId(Objects.requireNonNull(request, "launch request"), launchId);
        return client.listInstances().stream()
                .filter(instance -> LaunchReconciler.isLaunchedBy(instance, tagged, launchId))
                .findFirst()
                .map(instance -> new LaunchOutcome(List.of(instance.id()), instance.regionName(),
                        tagged.instanceTypeName(), launchId, true, instance));
    }

    /**
     * Launches work that may have been launched before under the same launch id, such as a redelivered exchange.
     * Returns the earlier instance when one carries the launch id. When the earlier attempt ended with an unknown
     * outcome and no instance carries the id, it throws {@link LaunchOutcomeUnknownException} instead of launching,
     * because the earlier instance may still appear; otherwise it launches as {@link #launch} does.
     */
    public LaunchOutcome launchAgain(LaunchRequest request, List<String> regions, String launchId,
            boolean earlierOutcomeUnknown) {
        Optional<LaunchOutcome> earlier = findLaunched(request, launchId);
        if (earlier.isPresent()) {
            LOG.info("Launch {} found instance {} from an earlier attempt; not launching again", launchId,
                    earlier.get().instanceId());
            return earlier.get();
        }
        if (!earlierOutcomeUnknown) {
            return launch(request, regions, launchId);
        }
        throw new LaunchOutcomeUnknownException("An earlier attempt of launch " + launchId + " of "
                + request.instanceTypeName() + " may have created an instance, and none carries the tag "
                + LaunchTags.LAUNCH_ID_KEY + "=" + launchId + " yet. The launch was not sent again, to avoid a second"
                + " billed instance. Look for the tag in GET /instances before launching again.", launchId,
                request.regionName(), null);
    }

    /** Returns the outcome found by listing instances when the failure may have launched one, else rethrows it. */
    private LaunchOutcome reconcileOrRethrow(LaunchRequest request, String launchId, LambdaCloudException e) {
        if (!AmbiguousOutcomes.mayHaveBeenApplied(e)) {
            throw e;
        }
        LOG.warn("Launch {} of {} in {} may have been processed ({}); listing instances instead of launching again",
                launchId, request.instanceTypeName(), request.regionName(), e.getMessage());
        List<Instance> found = reconciler.reconcile(request, launchId, e);
        Instance instance = found.get(0);
        return new LaunchOutcome(found.stream().map(Instance::id).toList(), instance.regionName(),
                request.instanceTypeName(), launchId, true, instance);
    }

    private LaunchPlan plan(LaunchRequest request, List<String> regions) {
        return plan(request, regions, false);
    }

    /** Chooses the regions to try, reading the catalog only when several regions, a price limit or a preview need it. */
    private LaunchPlan plan(LaunchRequest request, List<String> regions, boolean preview) {
        List<String> candidates = regions == null || regions.isEmpty() ? List.of(request.regionName()) : regions;
        boolean anyRegion = candidates.contains(ANY_REGION);
        boolean several = anyRegion || candidates.size() > 1;
        if (!several && !spendGuard.limitsPrice() && !preview) {
            return new LaunchPlan(candidates, List.of(), null);
        }

        Map<String, InstanceTypeAvailability> catalog = client.listInstanceTypes();
        InstanceTypeAvailability availability = catalog.get(request.instanceTypeName());
        if (availability == null || availability.instanceType() == null) {
            throw new IllegalArgumentException("Unknown instance type '" + request.instanceTypeName()
                    + "': GET /instance-types lists " + catalog.keySet() + ". No launch request was sent.");
        }
        spendGuard.checkPrice(availability.instanceType());
        if (!several) {
            return new LaunchPlan(candidates, List.of(), availability.instanceType());
        }

        List<String> ordered = anyRegion
                ? availability.regionsWithCapacityAvailable().stream().map(Region::name).toList()
                : candidates;
        List<String> withCapacity = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String region : ordered) {
            if (availability.hasCapacityIn(region)) {
                withCapacity.add(region);
            } else {
                skipped.add(region + ": catalog lists no capacity");
            }
        }
        if (anyRegion && ordered.isEmpty()) {
            skipped.add("any: catalog lists no region with capacity");
        }
        if (withCapacity.isEmpty() && !preview) {
            throw new NoCapacityException(request.instanceTypeName(), skipped, null);
        }
        return new LaunchPlan(withCapacity, skipped, availability.instanceType());
    }

    private void checkRunningInstances() {
        if (spendGuard.limitsRunningInstances()) {
            spendGuard.checkRunningInstances(client.listInstances());
        }
    }

    /** The regions to send the launch to, the candidates skipped with the reason, and the type when it was read. */
    private record LaunchPlan(List<String> regions, List<String> skipped, InstanceType type) {}

    /** Builds an {@link InstanceLauncher}. */
    public static final class Builder {

        private final LambdaCloudClient client;
        private SpendGuard spendGuard = SpendGuard.NONE;
        private Duration reconcileTimeout = DEFAULT_RECONCILE_TIMEOUT;
        private Duration reconcileInterval = DEFAULT_RECONCILE_INTERVAL;
        private InstantSource clock = InstantSource.system();
        private Sleeper sleeper = Sleeper.SYSTEM;

        private Builder(LambdaCloudClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** Sets the limits checked before each launch; the default is {@link SpendGuard#NONE}. */
        public Builder spendGuard(SpendGuard spendGuard) {
            this.spendGuard = Objects.requireNonNull(spendGuard, "spendGuard");
            return this;
        }

        /** Sets how long to keep listing instances after an ambiguous launch; zero lists once. */
        public Builder reconcileTimeout(Duration timeout) {
            this.reconcileTimeout = Durations.requireNotNegative("reconcile timeout", timeout);
            return this;
        }

        /** Sets the wait between two listings after an ambiguous launch. */
        public Builder reconcileInterval(Duration interval) {
            this.reconcileInterval = Durations.requirePositive("reconcile interval", interval);
            return this;
        }

        /** Sets the clock that measures the reconcile timeout. */
        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sets how the launcher waits between listings. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Returns the launcher. */
        public InstanceLauncher build() {
            return new InstanceLauncher(this);
        }
    }
}
