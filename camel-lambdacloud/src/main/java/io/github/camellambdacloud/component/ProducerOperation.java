package io.github.camellambdacloud.component;

import io.github.camellambdacloud.client.LambdaCloudClient;
import org.apache.camel.Exchange;

/** One API call made by the producer: reads its inputs from the exchange, calls the API, sets the result. */
interface ProducerOperation {

    void execute(LambdaCloudClient client, LambdaCloudConfiguration configuration, Exchange exchange) throws Exception;
}
