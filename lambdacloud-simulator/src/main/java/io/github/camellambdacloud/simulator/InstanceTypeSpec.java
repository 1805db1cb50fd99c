package io.github.camellambdacloud.simulator;

import java.util.Objects;

/**
 * An instance type of the simulated catalog.
 *
 * @param name type name such as {@code gpu_1x_a10}
 * @param gpuDescription GPU model, or {@code "N/A"} for CPU-only types
 * @param priceCentsPerHour price in US cents per hour
 * @param architecture {@code x86_64} or {@code arm64}; launches pick images of this architecture
 */
public record InstanceTypeSpec(
        String name,
        String description,
        String gpuDescription,
        int priceCentsPerHour,
        int vcpus,
        int memoryGib,
        int storageGib,
        int gpus,
        String architecture) {

    public InstanceTypeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(gpuDescription, "gpuDescription");
        if (!"x86_64".equals(architecture) && !"arm64".equals(architecture)) {
            throw new IllegalArgumentException(
                    "Invalid architecture '" + architecture + "' for instance type " + name + ": expected x86_64 or arm64");
        }
        if (priceCentsPerHour < 0 || vcpus < 0 || memoryGib < 0 || storageGib < 0 || gpus < 0) {
            throw new IllegalArgumentException("Invalid instance type " + name + ": price and specs must not be negative");
        }
    }
}
