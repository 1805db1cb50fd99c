package io.github.camellambdacloud.simulator;

import java.util.Objects;

/**
 * A region of the simulated catalog.
 *
 * @param name region code such as {@code us-east-1}
 * @param description human-readable location such as {@code Virginia, USA}
 */
public record RegionSpec(String name, String description) {

    public RegionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Invalid region name: must not be blank");
        }
    }
}
