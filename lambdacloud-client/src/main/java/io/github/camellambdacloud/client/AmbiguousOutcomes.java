package io.github.camellambdacloud.client;

/** Decides whether a failed write may still have taken effect on the server. */
final class AmbiguousOutcomes {

    private AmbiguousOutcomes() {}

    /**
     * Returns true when the server may have applied the request: a transport failure after the connection was
     * established, a 5xx, a 408, a retryable error code such as {@code global/unknown}, or a success status whose
     * body could not be read. A 429 and a refused connection are certain rejections, and so is any other 4xx.
     */
    static boolean mayHaveBeenApplied(LambdaCloudException failure) {
        if (failure instanceof LambdaCloudTransportException transport) {
            return transport.requestMayHaveBeenProcessed();
        }
        if (failure instanceof LambdaCloudApiException api) {
            if (api.isRateLimited()) {
                return false;
            }
            int status = api.statusCode();
            return (status >= 200 && status < 300) || status == 408 || api.isRetryable();
        }
        return false;
    }
}
