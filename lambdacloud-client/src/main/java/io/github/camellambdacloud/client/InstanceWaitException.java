package io.github.camellambdacloud.client;

/**
 * Waiting for an instance failed: it did not reach the expected state in time, it went away while booting, or it
 * stayed unhealthy too long. The instance is left as it is, and it may still be billed; terminate it if it is not
 * wanted.
 */
public final class InstanceWaitException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    /** Why the wait ended. */
    public enum Reason {
        /** The timeout passed before the instance reached the expected state. */
        TIMED_OUT,
        /** The instance became terminating, terminated or preempted while the wait expected it to become active. */
        INSTANCE_GONE,
        /** The instance stayed unhealthy for longer than allowed. */
        UNHEALTHY_TOO_LONG,
        /** The waiting thread was interrupted. */
        INTERRUPTED
    }

    private final Reason reason;
    private final String instanceId;
    private final String lastStatus;

    InstanceWaitException(String message, Reason reason, String instanceId, String lastStatus) {
        super(message, "GET", "/instances/" + instanceId, null);
        this.reason = reason;
        this.instanceId = instanceId;
        this.lastStatus = lastStatus;
    }

    /** Returns why the wait ended. */
    public Reason reason() {
        return reason;
    }

    /** Returns the id of the instance the wait failed on. */
    public String instanceId() {
        return instanceId;
    }

    /** Returns the status last read, "not found" after a 404, or null when no read succeeded. */
    public String lastStatus() {
        return lastStatus;
    }

    @Override
    public boolean isRetryable() {
        return reason == Reason.TIMED_OUT;
    }
}
