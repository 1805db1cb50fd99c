package io.github.camellambdacloud.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Terminates instances and resolves failures that leave their state unclear. Terminating is safe to repeat for an
 * instance that is still running, but the API returns {@code global/unknown} for one that is already terminating.
 * So after an ambiguous failure this reads each instance and resends terminate only for those still running.
 */
public final class InstanceTerminator {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceTerminator.class);

    private final LambdaCloudClient client;

    /** Creates a terminator that sends its requests through {@code client}. */
    public InstanceTerminator(LambdaCloudClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Terminates the instances. After a failure that may have been applied, or a {@code global/unknown}, it reads
     * each instance: terminating, terminated, preempted and not found (404) count as done, and terminate is sent
     * once more for the rest. Any other failure propagates.
     */
    public TerminateOutcome terminate(List<String> instanceIds) {
        try {
            List<Instance> terminated = client.terminateInstances(instanceIds);
            return new TerminateOutcome(instanceIds, List.of(), terminated, false);
        } catch (LambdaCloudException e) {
            if (!isUnclear(e)) {
                throw e;
            }
            LOG.warn("Terminate of {} may have been applied ({}); reading the instances before sending it again",
                    instanceIds, e.getMessage());
            return reconcile(instanceIds);
        }
    }

    private TerminateOutcome reconcile(List<String> instanceIds) {
        List<String> stillRunning = new ArrayList<>();
        List<String> alreadyGone = new ArrayList<>();
        for (String instanceId : instanceIds) {
            if (isGoneOrGoing(instanceId)) {
                alreadyGone.add(instanceId);
            } else {
                stillRunning.add(instanceId);
            }
        }
        if (stillRunning.isEmpty()) {
            return new TerminateOutcome(List.of(), alreadyGone, List.of(), true);
        }
        LOG.info("Sending terminate again for {} still running; {} are already terminating or gone", stillRunning,
                alreadyGone);
        List<Instance> terminated = client.terminateInstances(stillRunning);
        return new TerminateOutcome(stillRunning, alreadyGone, terminated, true);
    }

    private boolean isGoneOrGoing(String instanceId) {
        try {
            Instance instance = client.getInstance(instanceId);
            return instance.status() != null && instance.status().isGoneOrGoing();
        } catch (LambdaCloudApiException e) {
            if (e.statusCode() == 404) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isUnclear(LambdaCloudException e) {
        return AmbiguousOutcomes.mayHaveBeenApplied(e)
                || (e instanceof LambdaCloudApiException api && LambdaCloudErrorCodes.UNKNOWN.equals(api.errorCode()));
    }
}
