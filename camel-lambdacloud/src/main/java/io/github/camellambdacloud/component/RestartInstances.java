package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.InstanceRestarter;
import io.github.camellambdacloud.client.LambdaCloudClient;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code POST /instance-operations/restart} through {@link InstanceRestarter}, which never resends a restart: the ids
 * come from the CamelLambdaCloudInstanceIds header or a {@code List<String>} body; the body becomes the
 * {@code List<Instance>} the API restarted.
 */
final class RestartInstances implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.RESTART_INSTANCES);
        List<String> instanceIds = inputs.requiredList(LambdaCloudConstants.INSTANCE_IDS, String.class, "instance ids");

        exchange.getMessage().setBody(new InstanceRestarter(client).restart(instanceIds));
    }
}
