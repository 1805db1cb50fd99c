package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camellambdacloud.component.ApiFixtures.INSTANCE_ID;
import static io.github.camellambdacloud.component.ApiFixtures.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.camellambdacloud.client.LaunchOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Endpoint options are checked when the endpoint is created or started, with messages that name the option. */
class EndpointOptionsTest extends ProducerRouteTestSupport {

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:clearThenLaunch")
                        .setBody().constant(null)
                        .to(endpointUri(ApiCall.LAUNCH_INSTANCE) + "&regionName=us-east-1"
                                + "&instanceTypeName=gpu_1x_a10&sshKeyName=camel-key")
                        .to("mock:result");
            }
        }};
    }

    /** Returns the URI of an instances endpoint on WireMock with one more option. */
    private static String instancesWith(String option) {
        return "lambdacloud:instances?apiKey=" + API_KEY + "&baseUrl=" + baseUrl() + "&" + option;
    }

    /** Returns the first IllegalArgumentException in the cause chain, so Camel's wrapping does not matter. */
    private static IllegalArgumentException invalidArgumentIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException invalid) {
                return invalid;
            }
        }
        return fail("no IllegalArgumentException in the cause chain of " + thrown);
    }

    @Test
    void unknownOperationOptionListsResourceOperations() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint(instancesWith("operation=start")));

        assertTrue(e.getMessage().contains("Invalid operation 'start' for lambdacloud:instances: use one of list, get,"
                + " launch, restart, terminate, rename."), e.getMessage());
    }

    @Test
    void unknownOperationOptionOnOtherResource() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("lambdacloud:ssh-keys?apiKey=" + API_KEY + "&operation=remove"));

        assertTrue(e.getMessage().contains("Invalid operation 'remove' for lambdacloud:ssh-keys: use one of list,"
                + " add, delete."), e.getMessage());
    }

    @Test
    void operationOptionIsConvertedLikeCamelEnums() {
        LambdaCloudEndpoint endpoint = context.getEndpoint(instancesWith("operation=GET"), LambdaCloudEndpoint.class);

        assertEquals(LambdaCloudOperation.get, endpoint.getConfiguration().getOperation());
    }

    @ParameterizedTest
    @CsvSource({
        "retryMaxAttempts=0, Invalid retryMaxAttempts 0 for lambdacloud:instances: use 1 for no retries, or more.",
        "connectTimeout=0, Invalid connectTimeout 0 ms for lambdacloud:instances: use a positive number",
        "responseTimeout=-1, Invalid responseTimeout -1 ms",
        "requestInterval=-1, Invalid requestInterval -1 ms for lambdacloud:instances: use 0 or more milliseconds",
        "launchInterval=-1, Invalid launchInterval -1 ms",
        "retryInitialBackoff=-1, Invalid retryInitialBackoff -1 ms",
        "retryMaxBackoff=-1, Invalid retryMaxBackoff -1 ms",
        "retryMaxElapsed=-1, Invalid retryMaxElapsed -1 ms",
        "launchReconcileTimeout=-1, Invalid launchReconcileTimeout -1 ms",
        "waitTimeout=-1, Invalid waitTimeout -1 ms",
        "waitPollInterval=0, Invalid waitPollInterval 0 ms",
        "unhealthyTimeout=-1, Invalid unhealthyTimeout -1 ms"
    })
    void invalidOptionFailsStartWithOptionName(String option, String expectedMessage) {
        IllegalArgumentException e = invalidArgumentIn(assertThrows(RuntimeException.class,
                () -> context.getEndpoint(instancesWith(option)).start()));

        assertTrue(e.getMessage().startsWith(expectedMessage), e.getMessage());
    }

    @Test
    void zeroIntervalsAndBackoffsAreAccepted() {
        LambdaCloudEndpoint endpoint = context.getEndpoint(instancesWith("requestInterval=0&launchInterval=0"
                + "&retryInitialBackoff=0&retryMaxBackoff=0&retryMaxElapsed=0&waitTimeout=0"), LambdaCloudEndpoint.class);

        endpoint.start();

        assertTrue(endpoint.isStarted());
    }

    @Test
    void insecureBaseUrlNamesEndpointOption() {
        String uri = "lambdacloud:instances?apiKey=" + API_KEY + "&baseUrl=http://api.example.com/api/v1";

        IllegalArgumentException e = invalidArgumentIn(assertThrows(RuntimeException.class,
                () -> context.getEndpoint(uri).start()));

        assertTrue(e.getMessage().startsWith("Insecure base URL"), e.getMessage());
        assertTrue(e.getMessage().contains("allowInsecureHttp=true on a lambdacloud endpoint"), e.getMessage());
    }

    @Test
    void clearedBodyLaunchesFromOptions() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + INSTANCE_ID + "\"]}"))));
        getMockEndpoint("mock:result").expectedMessageCount(1);

        Exchange exchange = template.send("direct:clearThenLaunch", sent -> sent.getMessage().setBody("leftover"));

        assertNull(exchange.getException());
        getMockEndpoint("mock:result").assertIsSatisfied();
        LaunchOutcome outcome = assertInstanceOf(LaunchOutcome.class, exchange.getMessage().getBody());
        assertEquals(INSTANCE_ID, outcome.instanceId());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/api/v1/instance-operations/launch")));
    }

    @Test
    void shortDelayLogsRequestInterval() {
        LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();
        configuration.setRequestInterval(1000);

        assertEquals("1000 ms in effect (delay 200 ms is shorter than requestInterval 1000 ms, and the rate limiter"
                + " spaces requests by requestInterval)",
                LambdaCloudInstanceConsumer.describePollInterval(200, configuration));
    }

    @Test
    void longDelayLogsDelay() {
        LambdaCloudConfiguration configuration = new LambdaCloudConfiguration();
        configuration.setRequestInterval(1000);

        assertEquals("10000 ms", LambdaCloudInstanceConsumer.describePollInterval(10000, configuration));
    }
}
