package io.github.camellambdacloud.client;

import java.util.List;

/**
 * No candidate region had capacity for the instance type: the catalog listed none, or the launch failed with
 * {@code insufficient-capacity}. No instance was launched, so trying again later is safe.
 */
public final class NoCapacityException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    private final String instanceTypeName;
    private final List<String> attempts;

    NoCapacityException(String instanceTypeName, List<String> attempts, LambdaCloudApiException lastRejection) {
        super("No capacity for " + instanceTypeName + " in any candidate region. Tried: " + String.join("; ", attempts)
                + ". Try other regions or instance types, or retry later.", "POST", "/instance-operations/launch",
                lastRejection);
        this.instanceTypeName = instanceTypeName;
        this.attempts = List.copyOf(attempts);
    }

    /** Returns the instance type that was requested. */
    public String instanceTypeName() {
        return instanceTypeName;
    }

    /** Returns one entry per candidate region, such as "us-east-1: launch failed with insufficient-capacity". */
    public List<String> attempts() {
        return attempts;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
