package io.github.camellambdacloud.client;

import java.time.Duration;
import java.util.Map;

/**
 * The API answered with an error status, or with a success status and a body that is not the documented JSON.
 *
 * <p>Branch on {@link #errorCode()}, which the API keeps stable; the message and suggestion are for people. When
 * the body was not JSON (an HTML error page from a proxy, an empty body, {@code {}}), the error code is null and
 * {@link #responseExcerpt()} holds the start of the body.
 */
public final class LambdaCloudApiException extends LambdaCloudException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String suggestion;
    private final Map<String, FieldError> fieldErrors;
    private final String responseExcerpt;
    private final Duration retryAfter;

    LambdaCloudApiException(
            String method,
            String path,
            int statusCode,
            String errorCode,
            String errorMessage,
            String suggestion,
            Map<String, FieldError> fieldErrors,
            String responseExcerpt,
            Duration retryAfter,
            Throwable cause) {
        super(describe(method, path, statusCode, errorCode, errorMessage, suggestion, responseExcerpt), method, path,
                cause);
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.suggestion = suggestion;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        this.responseExcerpt = responseExcerpt;
        this.retryAfter = retryAfter;
    }

    /** Returns the HTTP status, such as 400. */
    public int statusCode() {
        return statusCode;
    }

    /** Returns the API's error code, such as {@code global/quota-exceeded}; null when the body had none. */
    public String errorCode() {
        return errorCode;
    }

    /** Returns the API's error message; null when the body had none. */
    public String errorMessage() {
        return errorMessage;
    }

    /** Returns the API's suggestion for fixing the error; null when the body had none. */
    public String suggestion() {
        return suggestion;
    }

    /** Returns the errors per request field, keyed by field name; empty when the API reported none. */
    public Map<String, FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Returns the start of a body that was not the documented JSON error, or null when it was. */
    public String responseExcerpt() {
        return responseExcerpt;
    }

    /** Returns the wait the server asked for in a {@code Retry-After} header, or null when it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Returns true for 401 and 403: the API key is invalid, or the account cannot use the API. */
    public boolean isAuthenticationFailure() {
        return statusCode == 401 || statusCode == 403;
    }

    /** Returns true when the API rejected a launch for lack of capacity; another region or type may have some. */
    public boolean isInsufficientCapacity() {
        return LambdaCloudErrorCodes.INSUFFICIENT_CAPACITY.equals(errorCode);
    }

    /** Returns true for 429: the request was rejected before it was processed. */
    public boolean isRateLimited() {
        return statusCode == 429;
    }

    /**
     * Returns true for 429, 5xx, {@code provider/*}, {@code global/internal-error} and {@code global/unknown}. For
     * writes other than a 429, the server may have applied the request before failing.
     */
    @Override
    public boolean isRetryable() {
        return statusCode == 429
                || statusCode >= 500
                || LambdaCloudErrorCodes.INTERNAL_ERROR.equals(errorCode)
                || LambdaCloudErrorCodes.UNKNOWN.equals(errorCode)
                || (errorCode != null && errorCode.startsWith(LambdaCloudErrorCodes.PROVIDER_PREFIX));
    }

    private static String describe(
            String method,
            String path,
            int statusCode,
            String errorCode,
            String errorMessage,
            String suggestion,
            String responseExcerpt) {
        StringBuilder text = new StringBuilder("Lambda Cloud API returned HTTP ").append(statusCode);
        if (errorCode != null) {
            text.append(' ').append(errorCode);
        }
        text.append(" for ").append(method).append(' ').append(path);
        if (errorMessage != null) {
            text.append(": ").append(errorMessage);
        }
        if (suggestion != null) {
            // Some API messages end without a full stop, which would run them into the suggestion.
            if (!endsSentence(text)) {
                text.append('.');
            }
            text.append(" Suggestion: ").append(suggestion);
        }
        if (responseExcerpt != null) {
            text.append(" (body: ").append(responseExcerpt.isEmpty() ? "empty" : responseExcerpt).append(')');
        }
        return text.toString();
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }
}
