package io.github.camellambdacloud.client;

/** A launch was rejected before any request was sent, because it would exceed a limit of the {@link SpendGuard}. */
public final class SpendLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SpendLimitExceededException(String message) {
        super(message);
    }
}
