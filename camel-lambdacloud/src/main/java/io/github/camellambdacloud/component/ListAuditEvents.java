package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.AuditEvent;
import io.github.camellambdacloud.client.AuditEventPage;
import io.github.camellambdacloud.client.AuditEventQuery;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /audit-events}: reads up to auditEventMaxPages pages from the CamelLambdaCloudPageToken header on. The
 * body becomes the {@code List<AuditEvent>} read, and CamelLambdaCloudPageToken the token of the next unread page,
 * or null after the last page.
 */
final class ListAuditEvents implements ProducerOperation {

    private static final Logger LOG = LoggerFactory.getLogger(ListAuditEvents.class);

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.LIST_AUDIT_EVENTS);
        int maxPages = configuration.getAuditEventMaxPages();
        if (maxPages < 1) {
            throw new IllegalArgumentException("Invalid auditEventMaxPages " + maxPages + " for "
                    + ApiCall.LIST_AUDIT_EVENTS.describe() + ": read at least 1 page.");
        }
        AuditEventQuery query = new AuditEventQuery(
                inputs.dateTime(LambdaCloudConstants.AUDIT_START),
                inputs.dateTime(LambdaCloudConstants.AUDIT_END),
                inputs.string(LambdaCloudConstants.AUDIT_RESOURCE_TYPE),
                inputs.string(LambdaCloudConstants.PAGE_TOKEN));

        List<AuditEvent> events = new ArrayList<>();
        String nextToken = null;
        for (int page = 0; page < maxPages; page++) {
            AuditEventPage result = client.listAuditEvents(query);
            events.addAll(result.events());
            nextToken = result.nextPageToken() == null || result.nextPageToken().isEmpty()
                    ? null
                    : result.nextPageToken();
            if (nextToken != null && nextToken.equals(query.pageToken())) {
                // Following a repeated token would read the same page forever.
                LOG.warn("The audit log returned the page token it was asked for; treating that page as the last");
                nextToken = null;
            }
            if (nextToken == null) {
                break;
            }
            query = query.withPageToken(nextToken);
        }

        exchange.getMessage().setBody(events);
        exchange.getMessage().setHeader(LambdaCloudConstants.PAGE_TOKEN, nextToken);
    }
}
