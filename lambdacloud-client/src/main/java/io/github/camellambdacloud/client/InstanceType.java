package io.github.camellambdacloud.client;

/**
 * An instance type such as {@code gpu_1x_a10}. Names change as Lambda adds hardware; use {@link #specs()} and
 * {@link #gpuDescription()} rather than parsing the name.
 *
 * @param name the type name used in launch requests
 * @param description a human-readable summary
 * @param gpuDescription the GPU model, or "N/A" for CPU-only types
 * @param priceCentsPerHour the on-demand price in US cents per hour; older responses send it as a string, which parses
 * @param specs the hardware; may be null in abbreviated responses
 */
public record InstanceType(
        String name, String description, String gpuDescription, int priceCentsPerHour, InstanceTypeSpecs specs) {}
