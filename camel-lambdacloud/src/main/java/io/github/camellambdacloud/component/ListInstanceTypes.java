package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /instance-types}: the body becomes a {@code Map<String, InstanceTypeAvailability>} keyed by type name. */
final class ListInstanceTypes implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.listInstanceTypes());
    }
}
