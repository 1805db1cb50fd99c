package io.github.camellambdacloud.client;

import java.util.List;

/**
 * The result of {@link InstanceLauncher#launch}: which instance was created, where, and how that is known.
 *
 * @param instanceIds the ids of the launched instances; one for every launch the API accepted
 * @param regionName the region the instance was launched in
 * @param instanceTypeName the instance type
 * @param launchId the value of the {@value LaunchTags#LAUNCH_ID_KEY} tag the launch carried
 * @param reconciled true when the launch response was lost and the instance was found by listing instances
 * @param instance the instance as last read, such as the active instance after waiting; null when not read
 */
public record LaunchOutcome(
        List<String> instanceIds,
        String regionName,
        String instanceTypeName,
        String launchId,
        boolean reconciled,
        Instance instance) {

    public LaunchOutcome {
        instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
    }

    /** Returns the first launched instance id, or null when the API returned none. */
    public String instanceId() {
        return instanceIds.isEmpty() ? null : instanceIds.get(0);
    }

    /** Returns a copy that carries the instance as read later, such as after waiting for it to become active. */
    public LaunchOutcome withInstance(Instance readInstance) {
        return new LaunchOutcome(instanceIds, regionName, instanceTypeName, launchId, reconciled, readInstance);
    }
}
