package io.github.camellambdacloud.client;

import java.util.List;
import java.util.Objects;

/**
 * An entry of {@code GET /instance-types}: the type and the regions that had capacity when the API answered.
 * Capacity is advisory: a launch can still fail with {@code insufficient-capacity}.
 *
 * @param instanceType the type
 * @param regionsWithCapacityAvailable regions with capacity; empty when none has any right now
 */
public record InstanceTypeAvailability(InstanceType instanceType, List<Region> regionsWithCapacityAvailable) {

    public InstanceTypeAvailability {
        regionsWithCapacityAvailable = regionsWithCapacityAvailable == null ? List.of() : List.copyOf(regionsWithCapacityAvailable);
    }

    /** Returns true when the API reported capacity for this type in the named region. */
    public boolean hasCapacityIn(String regionName) {
        return regionsWithCapacityAvailable.stream().anyMatch(region -> Objects.equals(regionName, region.name()));
    }
}
