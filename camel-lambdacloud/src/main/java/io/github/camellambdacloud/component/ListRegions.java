package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /regions}: the body becomes a {@code List<Region>}. */
final class ListRegions implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.listRegions());
    }
}
