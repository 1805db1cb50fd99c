package io.github.camellambdacloud.client;

/**
 * Whether an action can be taken on an instance now.
 *
 * @param available true when the action can be requested
 * @param reasonCode why not, such as {@code vm-has-not-launched}; null when available
 * @param reasonDescription a human-readable reason; may be null
 */
public record InstanceAction(boolean available, String reasonCode, String reasonDescription) {}
