package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** {@code GET /images}: the body becomes a {@code List<Image>}, one entry per region an image is in. */
final class ListImages implements ProducerOperation {

    @Override
    public void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) {
        exchange.getMessage().setBody(client.listImages());
    }
}
