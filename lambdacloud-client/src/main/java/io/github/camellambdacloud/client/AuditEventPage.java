package io.github.camellambdacloud.client;

import java.util.List;

/**
 * One page of audit events.
 *
 * @param events the events on this page
 * @param nextPageToken the token for the next page; null on the last page
 */
public record AuditEventPage(List<AuditEvent> events, String nextPageToken) {

    public AuditEventPage {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
