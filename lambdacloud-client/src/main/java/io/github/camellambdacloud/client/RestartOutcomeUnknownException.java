package io.github.camellambdacloud.client;

import java.util.Map;

/**
 * A restart failed in a way that may have restarted the instances anyway. It was not sent again, because a second
 * restart reboots the machines a second time. {@link #currentStatuses()} holds what {@code GET /instances/{id}}
 * returned afterwards: {@code booting} suggests the restart took effect.
 */
public final class RestartOutcomeUnknownException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> currentStatuses;

    RestartOutcomeUnknownException(String message, Map<String, String> currentStatuses, LambdaCloudException cause) {
        super(message, cause.method(), cause.path(), cause);
        this.currentStatuses = Map.copyOf(currentStatuses);
    }

    /** Returns each requested instance id with its status after the failure, "not found", or why it is unknown. */
    public Map<String, String> currentStatuses() {
        return currentStatuses;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
