package io.github.camellambdacloud.client;

import java.util.List;

/**
 * The response of a launch: the ids of the instances that were created, which then boot.
 *
 * @param instanceIds the new instance ids; one for every accepted launch
 */
public record LaunchResult(List<String> instanceIds) {

    public LaunchResult {
        instanceIds = instanceIds == null ? List.of() : List.copyOf(instanceIds);
    }
}
