package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A poll of {@code lambdacloud:instances} failed. The cause is the client's exception. The HTTP status is exposed
 * through {@link HttpResponseAware}, so Camel's consumer health check reports it; it is 0 when no response arrived.
 */
public final class LambdaCloudPollException extends RuntimeCamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private int httpResponseCode;
    private String httpResponseStatus;
    private final String errorCode;

    LambdaCloudPollException(String message, LambdaCloudException cause) {
        super(message + ": " + cause.getMessage(), cause);
        if (cause instanceof LambdaCloudApiException apiException) {
            this.httpResponseCode = apiException.statusCode();
            this.errorCode = apiException.errorCode();
        } else {
            this.errorCode = null;
        }
    }

    /** Returns the API's error code, such as {@code global/invalid-api-key}; null when the response had none. */
    public String getErrorCode() {
        return errorCode;
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int httpResponseCode) {
        this.httpResponseCode = httpResponseCode;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    @Override
    public void setHttpResponseStatus(String httpResponseStatus) {
        this.httpResponseStatus = httpResponseStatus;
    }
}
