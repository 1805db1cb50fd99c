package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /instances/{id}}: the body becomes the {@code Instance}. */
final class GetInstance implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.GET_INSTANCE);
        String instanceId = inputs.requiredString(LambdaCloudConstants.INSTANCE_ID, "instanceId",
                configuration.getInstanceId(), "instance id");

        exchange.getMessage().setBody(client.getInstance(instanceId));
    }
}
