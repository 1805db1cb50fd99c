package io.github.camellambdacloud.benchmarks;

import io.github.camellambdacloud.client.JsonMapping;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.impl.DefaultCamelContext;

/** The Camel side of the HTTP benchmarks: one context with the lambdacloud endpoint and a camel-http route. */
public final class BenchmarkRoutes {

    /** The API key the benchmarks send; the canned server accepts any. */
    public static final String API_KEY = "benchmark-key";

    /** The route that lists instances with camel-http and unmarshals them with camel-jackson. */
    public static final String CAMEL_HTTP_LIST = "direct:camel-http-list";

    private BenchmarkRoutes() {}

    /**
     * Returns the lambdacloud endpoint URI for a resource and operation, with the rate limiter and retries off so
     * that only the connector's own work is measured.
     */
    public static String lambdaCloudUri(String baseUrl, String resourceAndOperation) {
        String separator = resourceAndOperation.contains("?") ? "&" : "?";
        return "lambdacloud:" + resourceAndOperation + separator + "apiKey=" + API_KEY + "&baseUrl=" + baseUrl
                + "&allowInsecureHttp=true&requestInterval=0&launchInterval=0&retryMaxAttempts=1";
    }

    /** Starts a context with the camel-http list route against the server. */
    public static CamelContext start(String baseUrl) throws Exception {
        CamelContext context = new DefaultCamelContext();
        JacksonDataFormat instanceList = new JacksonDataFormat(JsonMapping.newObjectMapper(),
                RawApiClient.InstanceList.class);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(CAMEL_HTTP_LIST)
                        .setHeader("Authorization", constant("Bearer " + API_KEY))
                        .setHeader("Accept", constant("application/json"))
                        .to(baseUrl + "/instances?httpMethod=GET")
                        .unmarshal(instanceList)
                        .process(exchange -> exchange.getMessage()
                                .setBody(exchange.getMessage().getBody(RawApiClient.InstanceList.class).data()));
            }
        });
        context.start();
        return context;
    }
}
