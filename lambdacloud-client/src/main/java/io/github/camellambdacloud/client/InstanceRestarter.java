package io.github.camellambdacloud.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts instances and never sends a restart twice: a second restart would reboot the machines again. After a
 * failure that may have been applied, it reads each instance's status and reports it in a
 * {@link RestartOutcomeUnknownException}.
 */
public final class InstanceRestarter {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceRestarter.class);

    private final LambdaCloudClient client;

    /** Creates a restarter that sends its requests through {@code client}. */
    public InstanceRestarter(LambdaCloudClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Restarts the instances and returns them as the API returned them.
     *
     * @throws RestartOutcomeUnknownException when the restart may or may not have been applied
     */
    public List<Instance> restart(List<String> instanceIds) {
        try {
            return client.restartInstances(instanceIds);
        } catch (LambdaCloudException e) {
            if (!AmbiguousOutcomes.mayHaveBeenApplied(e)) {
                throw e;
            }
            LOG.warn("Restart of {} may have been applied ({}); reading the instances, not restarting again",
                    instanceIds, e.getMessage());
            Map<String, String> statuses = currentStatuses(instanceIds);
            throw new RestartOutcomeUnknownException("Restart of " + instanceIds + " may have been applied: "
                    + e.getMessage() + " Current statuses: " + statuses + " (booting suggests the restart took"
                    + " effect). The restart was not sent again, because a second restart reboots again.",
                    statuses, e);
        }
    }

    private Map<String, String> currentStatuses(List<String> instanceIds) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String instanceId : instanceIds) {
            statuses.put(instanceId, currentStatus(instanceId));
        }
        return statuses;
    }

    private String currentStatus(String instanceId) {
        try {
            return String.valueOf(client.getInstance(instanceId).status());
        } catch (LambdaCloudApiException e) {
            return e.statusCode() == 404 ? "not found" : "unknown (" + e.getMessage() + ")";
        } catch (LambdaCloudException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
