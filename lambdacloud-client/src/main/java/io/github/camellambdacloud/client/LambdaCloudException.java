package io.github.camellambdacloud.client;

/**
 * The base of the client's exceptions: {@link LambdaCloudApiException} when the API answered with an error, and
 * {@link LambdaCloudTransportException} when no usable answer arrived. Messages never contain the API key.
 */
public abstract class LambdaCloudException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;

    LambdaCloudException(String message, String method, String path, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.path = path;
    }

    /** Returns the HTTP method of the failed request, such as {@code POST}. */
    public String method() {
        return method;
    }

    /** Returns the path of the failed request below the base URL, such as {@code /instance-operations/launch}. */
    public String path() {
        return path;
    }

    /**
     * Returns true when sending the same request again may succeed: rate limiting, server errors, upstream provider
     * outages and transport failures. Whether it is safe to resend a write is a separate question; see
     * {@link LambdaCloudTransportException#requestMayHaveBeenProcessed()}.
     */
    public abstract boolean isRetryable();
}
