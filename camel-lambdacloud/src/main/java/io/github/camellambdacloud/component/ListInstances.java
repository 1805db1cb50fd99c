package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /instances}: the body becomes a {@code List<Instance>}. */
final class ListInstances implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.LIST_INSTANCES);
        String clusterId = inputs.string(LambdaCloudConstants.CLUSTER_ID, configuration.getClusterId());

        exchange.getMessage().setBody(client.listInstances(clusterId));
    }
}
