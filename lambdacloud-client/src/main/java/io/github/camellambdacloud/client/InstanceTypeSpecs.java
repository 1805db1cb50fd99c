package io.github.camellambdacloud.client;

/**
 * Hardware of an instance type. CPU-only types report 0 GPUs.
 *
 * @param vcpus virtual CPUs
 * @param memoryGib memory in GiB
 * @param storageGib local storage in GiB
 * @param gpus number of GPUs
 */
public record InstanceTypeSpecs(int vcpus, int memoryGib, int storageGib, int gpus) {}
