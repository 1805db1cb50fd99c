package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code DELETE /ssh-keys/{id}}: the API returns nothing, so the body becomes the deleted key's id. */
final class DeleteSshKey implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.DELETE_SSH_KEY);
        String sshKeyId = inputs.requiredString(LambdaCloudConstants.SSH_KEY_ID, null, null, "SSH key id");

        client.deleteSshKey(sshKeyId);

        exchange.getMessage().setBody(sshKeyId);
    }
}
