package io.github.camellambdacloud.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/**
 * The canned server and the clients that the HTTP benchmarks send to it: the raw client, and a Camel context with the
 * camel-http route and a producer template.
 */
public record HttpPeers(CannedApiServer server, RawApiClient raw, CamelContext context, ProducerTemplate template)
        implements AutoCloseable {

    /** Starts a canned server that lists this body, and the clients pointed at it. */
    public static HttpPeers start(byte[] listBody) throws Exception {
        CannedApiServer server = CannedApiServer.start(listBody);
        RawApiClient raw = new RawApiClient(server.baseUrl(), BenchmarkRoutes.API_KEY);
        CamelContext context = BenchmarkRoutes.start(server.baseUrl());
        return new HttpPeers(server, raw, context, context.createProducerTemplate());
    }

    /** Returns the lambdacloud endpoint for a resource and operation, such as {@code instances?operation=get}. */
    public Endpoint lambdaCloudEndpoint(String resourceAndOperation) {
        return context.getEndpoint(BenchmarkRoutes.lambdaCloudUri(server.baseUrl(), resourceAndOperation));
    }

    @Override
    public void close() throws Exception {
        template.close();
        context.close();
        raw.close();
        server.close();
    }
}
