package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.SshKey;
import org.apache.camel.Exchange;

/**
 * {@code POST /ssh-keys}: registers the public key, or without one has Lambda generate a pair. The body becomes the
 * {@code SshKey}, whose private key is set only for a generated pair and is not available again.
 */
final class AddSshKey implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        MessageInputs inputs = MessageInputs.of(exchange, ApiCall.ADD_SSH_KEY);
        String name = inputs.requiredString(LambdaCloudConstants.SSH_KEY_NAME, "sshKeyName",
                configuration.getSshKeyName(), "SSH key name");
        String publicKey = inputs.string(LambdaCloudConstants.PUBLIC_KEY);

        SshKey key = client.addSshKey(name, publicKey);

        exchange.getMessage().setBody(key);
        exchange.getMessage().setHeader(LambdaCloudConstants.SSH_KEY_ID, key.id());
    }
}
