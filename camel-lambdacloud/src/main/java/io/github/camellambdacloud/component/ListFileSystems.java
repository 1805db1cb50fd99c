package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /file-systems}: the body becomes a {@code List<FileSystem>}. */
final class ListFileSystems implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.listFileSystems());
    }
}
