package io.github.camellambdacloud.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An entry of the account's audit log. LRNs look like {@code lrn:cloud:instance:<hex id>}.
 *
 * @param eventId the event id
 * @param eventTime when it happened
 * @param serviceName the service, such as {@code cloud}
 * @param resourceName the kind of resource, such as {@code instance}
 * @param action what happened, such as {@code created}
 * @param catalogVersion the version of the event catalog
 * @param actorLrn who acted; may be null
 * @param resourceLrns the resources affected
 * @param resourceOwnerLrn the owning account; may be null
 * @param requestApiKeyLrn the API key used; may be null
 * @param additionalDetails free-form details that vary by action
 */
public record AuditEvent(
        String eventId,
        OffsetDateTime eventTime,
        String serviceName,
        String resourceName,
        String action,
        String catalogVersion,
        String actorLrn,
        List<String> resourceLrns,
        String resourceOwnerLrn,
        String requestApiKeyLrn,
        Map<String, Object> additionalDetails) {

    public AuditEvent {
        resourceLrns = resourceLrns == null ? List.of() : List.copyOf(resourceLrns);
        additionalDetails = additionalDetails == null ? Map.of() : additionalDetails;
    }
}
