package io.github.camellambdacloud.client;

/**
 * A validation error the API reported for one request field.
 *
 * @param code the error code, such as {@code global/invalid-parameters}
 * @param message what is wrong
 * @param suggestion what to do; may be null
 */
public record FieldError(String code, String message, String suggestion) {}
