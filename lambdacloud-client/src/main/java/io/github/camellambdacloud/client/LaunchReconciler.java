package io.github.camellambdacloud.client;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the instance an ambiguous launch may have created, by listing instances until one carries the launch's tag
 * or the time runs out. The list is read more than once because a new instance may not appear in it at once.
 */
final class LaunchReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(LaunchReconciler.class);

    private final LambdaCloudClient client;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final Duration interval;

    LaunchReconciler(LambdaCloudClient client, InstantSource clock, Sleeper sleeper, Duration timeout,
            Duration interval) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.interval = interval;
    }

    /**
     * Returns the instances launched by {@code request}, or throws {@link LaunchOutcomeUnknownException} when none
     * appears within the timeout. Nothing is launched here.
     */
    List<Instance> reconcile(LaunchRequest request, String launchId, LambdaCloudException ambiguousFailure) {
        Instant deadline = clock.instant().plus(timeout);
        int listings = 0;
        LambdaCloudException lastListingFailure = null;
        while (true) {
            try {
                listings++;
                List<Instance> matches = client.listInstances().stream()
                        .filter(instance -> isLaunchedBy(instance, request, launchId))
                        .toList();
                if (!matches.isEmpty()) {
                    LOG.info("Found instance {} of ambiguous launch {} after {} listing(s)",
                            matches.get(0).id(), launchId, listings);
                    return matches;
                }
            } catch (LambdaCloudException e) {
                lastListingFailure = e;
                LOG.warn("Listing instances to reconcile launch {} failed: {}", launchId, e.getMessage());
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                break;
            }
            pause(remaining.compareTo(interval) < 0 ? remaining : interval, request, launchId, ambiguousFailure, listings);
        }
        LaunchOutcomeUnknownException unknown = outcomeUnknown(request, launchId, ambiguousFailure, listings,
                "found no instance tagged " + LaunchTags.LAUNCH_ID_KEY + "=" + launchId
                        + (request.name() == null ? "" : " or booting and named '" + request.name() + "'"));
        if (lastListingFailure != null) {
            unknown.addSuppressed(lastListingFailure);
        }
        throw unknown;
    }

    /**
     * Returns true when the instance carries the launch id. Because tags are not known to round-trip through every
     * API version, an untagged instance also matches when it is booting and has the request's name, type and region.
     */
    static boolean isLaunchedBy(Instance instance, LaunchRequest request, String launchId) {
        String tagValue = instance.tagValue(LaunchTags.LAUNCH_ID_KEY);
        if (tagValue != null) {
            return tagValue.equals(launchId);
        }
        return request.name() != null
                && request.name().equals(instance.name())
                && InstanceStatus.BOOTING.equals(instance.status())
                && Objects.equals(request.instanceTypeName(), instance.instanceTypeName())
                && Objects.equals(request.regionName(), instance.regionName());
    }

    private void pause(Duration duration, LaunchRequest request, String launchId, LambdaCloudException failure,
            int listings) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw outcomeUnknown(request, launchId, failure, listings, "was interrupted before finding the instance");
        }
    }

    private LaunchOutcomeUnknownException outcomeUnknown(LaunchRequest request, String launchId,
            LambdaCloudException failure, int listings, String result) {
        String message = "Launch of " + request.instanceTypeName() + " in " + request.regionName()
                + " may have created an instance: " + failure.getMessage() + " Listing instances " + listings
                + " time(s) over " + timeout.toSeconds() + " s " + result + ". The launch was not sent again, to"
                + " avoid a second billed instance. Look for the tag " + LaunchTags.LAUNCH_ID_KEY + "=" + launchId
                + " in GET /instances before launching again.";
        return new LaunchOutcomeUnknownException(message, launchId, request.regionName(), failure);
    }
}
