package io.github.camellambdacloud.simulator;

import java.time.Instant;

/**
 * One HTTP request that the simulator received, with the status it returned.
 *
 * @param method HTTP method, upper case
 * @param path request path including {@code /api/v1}
 * @param query raw query string, or {@code null} if there was none
 * @param status HTTP status returned, or 0 when a fault closed the connection without a response
 * @param simulatedTime simulator clock when the request arrived
 * @param wallTime wall clock when the request arrived
 */
public record RecordedRequest(String method, String path, String query, int status, Instant simulatedTime, Instant wallTime) {}
