package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

/** The API key stays out of every string form Camel logs, and out of exception messages. */
class ApiKeyMaskingTest extends ProducerRouteTestSupport {

    // Without spacing, like every other test of this key: the key's shared limiter takes the longest interval asked.
    private static final String NO_SPACING = "&requestInterval=0&launchInterval=0&retryMaxAttempts=1";
    private static final String URI_BEARER = ApiCall.LIST_REGIONS.describe() + NO_SPACING + "&apiKey=" + API_KEY
            + "&baseUrl=";
    private static final String URI_BASIC = ApiCall.LIST_SSH_KEYS.describe() + NO_SPACING
            + "&authScheme=BASIC&apiKey=" + API_KEY + "&baseUrl=";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bearer").routeId("bearer").to(URI_BEARER + baseUrl()).to("mock:result");
                from("direct:basic").routeId("basic").to(URI_BASIC + baseUrl()).to("mock:result");
            }
        };
    }

    private static void assertNoKey(String text, String where) {
        assertFalse(text.contains(API_KEY), where + " contains the API key: " + text);
    }

    @Test
    void endpointStringFormsMaskKey() {
        Endpoint endpoint = context.getEndpoints().stream()
                .filter(candidate -> candidate instanceof LambdaCloudEndpoint lambda
                        && lambda.resource() == LambdaCloudResource.REGIONS)
                .findFirst()
                .orElseThrow();

        assertNoKey(endpoint.toString(), "endpoint.toString()");
        assertNoKey(URISupport.sanitizeUri(URI_BEARER + baseUrl()), "URISupport.sanitizeUri");
        assertNoKey(context.getEndpoints().toString(), "context.getEndpoints()");
        assertNoKey(context.getRoutes().toString(), "context.getRoutes()");
        assertNoKey(context.getRoute("bearer").getEndpoint().toString(), "route endpoint");
        assertNoKey(context.getRoute("bearer").toString(), "route");
    }

    @Test
    void producerStringFormMasksKey() throws Exception {
        Endpoint endpoint = context.getEndpoint(URI_BEARER + baseUrl());

        assertNoKey(endpoint.createProducer().toString(), "producer.toString()");
    }

    @Test
    void apiErrorMessagesOmitKey() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(errorBody("global/invalid-api-key", "API key was invalid, expired, or deleted."))));
        String basicCredentials =
                Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));

        Exchange bearer = template.send("direct:bearer", exchange -> {});
        Exchange basic = template.send("direct:basic", exchange -> {});

        assertNotNull(bearer.getException());
        assertNotNull(basic.getException());
        for (Throwable error = bearer.getException(); error != null; error = error.getCause()) {
            assertNoKey(String.valueOf(error.getMessage()), "bearer exception message");
        }
        for (Throwable error = basic.getException(); error != null; error = error.getCause()) {
            assertNoKey(String.valueOf(error.getMessage()), "basic exception message");
            assertFalse(String.valueOf(error.getMessage()).contains(basicCredentials), "basic credentials");
        }
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/v1/ssh-keys"))
                .withHeader("Authorization", equalTo("Basic " + basicCredentials)));
    }

    @Test
    void missingInputMessagesOmitKey() {
        Exchange exchange = template.send(ApiCall.GET_INSTANCE.describe() + NO_SPACING + "&apiKey=" + API_KEY + "&baseUrl="
                + baseUrl(), e -> {});

        assertNoKey(exchange.getException().getMessage(), "missing-input message");
    }
}
