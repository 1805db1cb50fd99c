package io.github.camellambdacloud.simulator;

import java.time.Instant;

/**
 * One change of an instance's status, as the simulator computed it.
 *
 * @param instanceId 32-hex instance id
 * @param from previous status, or {@code null} for the launch
 * @param to new status, or {@code null} when the instance was removed from the list after its linger time
 * @param simulatedTime simulator-clock time at which the change took effect (a boot that finished between two
 *     requests is stamped with its due time, not with the time of the request that noticed it)
 * @param wallTime wall-clock time at which the simulator computed the change
 */
public record StateTransition(String instanceId, String from, String to, Instant simulatedTime, Instant wallTime) {}
