package io.github.camellambdacloud.client;

import java.util.List;

/**
 * The result of {@link InstanceTerminator#terminate}.
 *
 * @param terminatedIds the instances this call's terminate request was confirmed for
 * @param alreadyGoneIds the instances found terminating, terminated, preempted or not found when the state was
 *     checked after an ambiguous failure; an earlier terminate, possibly the failed one, ended them
 * @param instances the instances as the last successful terminate response returned them
 * @param reconciled true when a failure was resolved by reading the instances' state
 */
public record TerminateOutcome(
        List<String> terminatedIds, List<String> alreadyGoneIds, List<Instance> instances, boolean reconciled) {

    public TerminateOutcome {
        terminatedIds = terminatedIds == null ? List.of() : List.copyOf(terminatedIds);
        alreadyGoneIds = alreadyGoneIds == null ? List.of() : List.copyOf(alreadyGoneIds);
        instances = instances == null ? List.of() : List.copyOf(instances);
    }
}
