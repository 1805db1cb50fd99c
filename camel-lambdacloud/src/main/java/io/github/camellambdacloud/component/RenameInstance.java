package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code POST /instances/{id}}: sets the display name; the body becomes the updated {@code Instance}. */
final class RenameInstance implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.RENAME_INSTANCE);
        String instanceId = inputs.requiredString(LambdaCloudConstants.INSTANCE_ID, "instanceId",
                configuration.getInstanceId(), "instance id");
        String name = inputs.requiredString(LambdaCloudConstants.INSTANCE_NAME, null, null, "new instance name");

        exchange.getMessage().setBody(client.renameInstance(instanceId, name));
    }
}
