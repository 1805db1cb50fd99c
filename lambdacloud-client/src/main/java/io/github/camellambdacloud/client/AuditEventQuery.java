package io.github.camellambdacloud.client;

import java.time.OffsetDateTime;

/**
 * Filters for {@code GET /audit-events}; every component may be null.
 *
 * @param start the earliest event time, inclusive
 * @param end the latest event time, inclusive
 * @param resourceType a resource type such as {@code cloud.api_key}
 * @param pageToken the token of the page to read; null for the first page
 */
public record AuditEventQuery(OffsetDateTime start, OffsetDateTime end, String resourceType, String pageToken) {

    /** A query without filters, from the first page. */
    public static AuditEventQuery all() {
        return new AuditEventQuery(null, null, null, null);
    }

    /** Returns this query for the page with the given token. */
    public AuditEventQuery withPageToken(String token) {
        return new AuditEventQuery(start, end, resourceType, token);
    }
}
