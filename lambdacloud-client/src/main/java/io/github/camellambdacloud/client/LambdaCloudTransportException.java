package io.github.camellambdacloud.client;

import java.io.IOException;

/**
 * No usable response arrived: the connection was refused, reset or closed early, or a timeout expired.
 *
 * <p>{@link #requestMayHaveBeenProcessed()} says whether the server could have received and applied the request.
 * It is false only when the connection was never established, so a launch that failed that way can be sent again.
 */
public final class LambdaCloudTransportException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    private final boolean requestMayHaveBeenProcessed;

    LambdaCloudTransportException(String method, String path, boolean requestMayHaveBeenProcessed, IOException cause) {
        super(describe(method, path, requestMayHaveBeenProcessed, cause), method, path, cause);
        this.requestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
    }

    /** Returns false when the request certainly did not reach the server, true when it may have. */
    public boolean requestMayHaveBeenProcessed() {
        return requestMayHaveBeenProcessed;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }

    private static String describe(String method, String path, boolean mayHaveBeenProcessed, IOException cause) {
        return "Request " + method + " " + path + " to the Lambda Cloud API failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + (mayHaveBeenProcessed
                        ? ". The server may have processed the request."
                        : ". The connection was not established, so the server did not receive the request.");
    }
}
