package io.github.camellambdacloud.simulator;

/** Error response of the simulated API: HTTP status plus the {@code error} envelope's code, message, suggestion. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String RETRY_AFTER_FIX = "Retry the request after fixing the request parameters.";

    private final int status;
    private final String code;
    private final String suggestion;

    ApiError(int status, String code, String message, String suggestion) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.suggestion = suggestion;
    }

    static ApiError invalidParameters(String message) {
        return new ApiError(400, "global/invalid-parameters", message, RETRY_AFTER_FIX);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "global/object-does-not-exist", message, null);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Payloads.ErrorBody body() {
        return new Payloads.ErrorBody(new Payloads.ErrorDetail(code, getMessage(), suggestion));
    }
}
