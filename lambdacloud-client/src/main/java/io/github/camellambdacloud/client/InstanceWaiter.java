package io.github.camellambdacloud.client;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code GET /instances/{id}} until instances reach a state: active with an IP address, or gone. It never
 * changes an instance; when a wait fails, the instance is left as it is and may still be billed.
 */
public final class InstanceWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceWaiter.class);
    private static final String NOT_FOUND = "not found";

    private final LambdaCloudClient client;
    private final WaitSettings settings;
    private final InstantSource clock;
    private final Sleeper sleeper;

    /** Creates a waiter; {@code clock} measures the timeouts and {@code sleeper} waits between polls. */
    public InstanceWaiter(LambdaCloudClient client, WaitSettings settings, InstantSource clock, Sleeper sleeper) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Creates a waiter with the default settings, the system clock and real sleeping. */
    public InstanceWaiter(LambdaCloudClient client) {
        this(client, WaitSettings.DEFAULT, InstantSource.system(), Sleeper.SYSTEM);
    }

    /**
     * Waits until the instance is {@code active} and has a public IP address, and returns it. A 404 counts as not
     * visible yet, because a new instance may not be readable at once.
     *
     * @throws InstanceWaitException when the instance becomes terminating, terminated or preempted, stays unhealthy
     *     longer than the unhealthy timeout, or the timeout passes
     */
    public Instance awaitActive(String instanceId) {
        Instant started = clock.instant();
        Instant deadline = started.plus(settings.timeout());
        Instant nextProgress = started.plus(settings.progressInterval());
        Instant unhealthySince = null;
        String lastStatus = null;
        while (true) {
            Instance instance = read(instanceId);
            String status = instance == null ? NOT_FOUND : String.valueOf(instance.status());
            Instant now = clock.instant();
            if (!status.equals(lastStatus)) {
                LOG.debug("Instance {} is {} after {} s", instanceId, status, Duration.between(started, now).toSeconds());
            }
            lastStatus = status;

            if (instance != null && InstanceStatus.ACTIVE.equals(instance.status()) && instance.ip() != null) {
                LOG.info("Instance {} is active at {} after {} s", instanceId, instance.ip(),
                        Duration.between(started, now).toSeconds());
                return instance;
            }
            if (instance != null && instance.status() != null && instance.status().isGoneOrGoing()) {
                throw new InstanceWaitException("Instance " + instanceId + " became " + status
                        + " while waiting for it to become active. Launch a new instance if it is still needed.",
                        InstanceWaitException.Reason.INSTANCE_GONE, instanceId, status);
            }
            if (instance == null || !InstanceStatus.UNHEALTHY.equals(instance.status())) {
                unhealthySince = null;
            } else if (unhealthySince == null) {
                unhealthySince = now;
            }
            if (unhealthySince != null && Duration.between(unhealthySince, now).compareTo(settings.unhealthyTimeout()) > 0) {
                throw new InstanceWaitException("Instance " + instanceId + " has been unhealthy for more than "
                        + settings.unhealthyTimeout().toSeconds() + " s. It is still billed; restart or terminate it.",
                        InstanceWaitException.Reason.UNHEALTHY_TOO_LONG, instanceId, status);
            }
            if (!now.isBefore(deadline)) {
                throw new InstanceWaitException("Timed out after " + settings.timeout().toSeconds()
                        + " s waiting for instance " + instanceId + " to become active with an IP address; its last"
                        + " status was " + status + ". It may still be billed; terminate it if it is not wanted.",
                        InstanceWaitException.Reason.TIMED_OUT, instanceId, status);
            }
            nextProgress = logProgress(now, nextProgress, started, "instance " + instanceId + " is " + status
                    + ", waiting for active");
            pause(deadline, instanceId, status);
        }
    }

    /**
     * Waits until every instance is terminated, preempted or no longer found (404).
     *
     * @throws InstanceWaitException when the timeout passes; it names one remaining instance, and the message all
     */
    public void awaitTermination(List<String> instanceIds) {
        Instant started = clock.instant();
        Instant deadline = started.plus(settings.timeout());
        Instant nextProgress = started.plus(settings.progressInterval());
        List<String> remaining = new ArrayList<>(instanceIds);
        Map<String, String> statuses = new LinkedHashMap<>();
        while (true) {
            for (String instanceId : List.copyOf(remaining)) {
                Instance instance = read(instanceId);
                String status = instance == null ? NOT_FOUND : String.valueOf(instance.status());
                if (!status.equals(statuses.put(instanceId, status))) {
                    LOG.debug("Instance {} is {}", instanceId, status);
                }
                if (instance == null || InstanceStatus.TERMINATED.equals(instance.status())
                        || InstanceStatus.PREEMPTED.equals(instance.status())) {
                    remaining.remove(instanceId);
                }
            }
            Instant now = clock.instant();
            if (remaining.isEmpty()) {
                LOG.info("Instances {} are gone after {} s", instanceIds, Duration.between(started, now).toSeconds());
                return;
            }
            String first = remaining.get(0);
            if (!now.isBefore(deadline)) {
                Map<String, String> left = new LinkedHashMap<>();
                remaining.forEach(id -> left.put(id, statuses.get(id)));
                throw new InstanceWaitException("Timed out after " + settings.timeout().toSeconds()
                        + " s waiting for instances to be terminated; still present: " + left + ".",
                        InstanceWaitException.Reason.TIMED_OUT, first, statuses.get(first));
            }
            nextProgress = logProgress(now, nextProgress, started, remaining.size() + " instance(s) not yet gone, "
                    + first + " is " + statuses.get(first));
            pause(deadline, first, statuses.get(first));
        }
    }

    /** Returns the instance, or null after a 404; a failure the client could not retry away propagates. */
    private Instance read(String instanceId) {
        try {
            return client.getInstance(instanceId);
        } catch (LambdaCloudApiException e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw e;
        }
    }

    private Instant logProgress(Instant now, Instant nextProgress, Instant started, String state) {
        if (now.isBefore(nextProgress)) {
            return nextProgress;
        }
        LOG.info("Still waiting after {} s: {}", Duration.between(started, now).toSeconds(), state);
        return now.plus(settings.progressInterval());
    }

    private void pause(Instant deadline, String instanceId, String lastStatus) {
        Duration untilDeadline = Duration.between(clock.instant(), deadline);
        Duration pause = untilDeadline.compareTo(settings.pollInterval()) < 0 ? untilDeadline : settings.pollInterval();
        if (pause.isNegative() || pause.isZero()) {
            return;
        }
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstanceWaitException("Interrupted while waiting for instance " + instanceId + "; its last status"
                    + " was " + lastStatus + ".", InstanceWaitException.Reason.INTERRUPTED, instanceId, lastStatus);
        }
    }
}
