package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.InstanceTerminator;
import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.TerminateOutcome;
import java.util.List;
import org.apache.camel.Exchange;

/**
 * {@code POST /instance-operations/terminate} through {@link InstanceTerminator}: the ids come from the
 * CamelLambdaCloudInstanceIds header or a {@code List<String>} body; the body becomes the {@link TerminateOutcome},
 * which lists the instances terminated now from those already terminating or gone.
 */
final class TerminateInstances implements ProducerOperation {

    /** The terminator of the endpoint's current client; it keeps only the client, so messages share it. */
    private volatile ClientTerminator terminator;

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.TERMINATE_INSTANCES);
        List<String> instanceIds = inputs.requiredList(LambdaCloudConstants.INSTANCE_IDS, String.class, "instance ids");

        TerminateOutcome outcome = terminator(client).terminate(instanceIds);
        exchange.getMessage().setBody(outcome);
        if (configuration.isWaitForTermination()) {
            Waiting.waiter(client, configuration).awaitTermination(instanceIds);
        }
    }

    private InstanceTerminator terminator(LambdaCloudClient client) {
        ClientTerminator current = terminator;
        if (current == null || current.client() != client) {
            current = new ClientTerminator(client, new InstanceTerminator(client));
            terminator = current;
        }
        return current.terminator();
    }

    private record ClientTerminator(LambdaCloudClient client, InstanceTerminator terminator) {}
}
