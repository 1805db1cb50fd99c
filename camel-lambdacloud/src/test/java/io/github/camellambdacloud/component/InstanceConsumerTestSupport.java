package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server on 127.0.0.1 that plays the Lambda Cloud API, and helpers to build instance JSON and to serve a
 * sequence of list responses, one per poll.
 */
abstract class InstanceConsumerTestSupport extends CamelTestSupport {

    static final String API_KEY = "secret-test-key";
    static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    static final String LIST_PATH = "/api/v1/instances";
    static final String LIST_SCENARIO = "instance list";

    protected WireMockServer api;

    @BeforeEach
    void startApi() {
        api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
        context.getRegistry().bind("clock", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stopApi() {
        api.stop();
    }

    /** Returns the consumer URI with small poll delays; extra options start with '&'. */
    String watchUri(String options) {
        return "lambdacloud:instances?apiKey=" + API_KEY + "&baseUrl=http://127.0.0.1:" + api.port() + "/api/v1"
                + "&delay=50&initialDelay=0&clock=#clock&requestInterval=0&launchInterval=0&retryMaxAttempts=1" + options;
    }

    /** Adds and starts the route {@code watch} from the consumer URI to {@code mock:events}. */
    void startWatching(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(watchUri(options)).routeId("watch").to("mock:events");
            }
        });
    }

    /** Starts the route, expects it to fail, and returns the first exception of this type in the cause chain. */
    <T extends Throwable> T startFailure(String options, Class<T> type) {
        Exception failure = assertThrows(Exception.class, () -> startWatching(options));
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in the cause chain of " + failure, failure);
    }

    MockEndpoint events() {
        return getMockEndpoint("mock:events");
    }

    /**
     * Serves the responses in turn, one per list request, and repeats the last one. Each step is a WireMock scenario
     * state, so the sequence does not depend on the poll timing.
     */
    void serveListSequence(ResponseDefinitionBuilder... responses) {
        for (int step = 0; step < responses.length; step++) {
            String state = step == 0 ? Scenario.STARTED : "step " + step;
            var stub = get(urlPathEqualTo(LIST_PATH)).inScenario(LIST_SCENARIO).whenScenarioStateIs(state)
                    .willReturn(responses[step]);
            if (step < responses.length - 1) {
                stub = stub.willSetStateTo("step " + (step + 1));
            }
            api.stubFor(stub);
        }
    }

    /** Serves one list response to every request from now on. */
    void serveList(ResponseDefinitionBuilder response) {
        api.stubFor(get(urlPathEqualTo(LIST_PATH)).atPriority(1).willReturn(response));
    }

    void serveInstance(String id, ResponseDefinitionBuilder response) {
        api.stubFor(get(urlPathEqualTo(LIST_PATH + "/" + id)).willReturn(response));
    }

    int listRequests() {
        return api.countRequestsMatching(getRequestedFor(urlPathEqualTo(LIST_PATH)).build()).getCount();
    }

    int lookups(String id) {
        return api.countRequestsMatching(getRequestedFor(urlPathEqualTo(LIST_PATH + "/" + id)).build()).getCount();
    }

    static ResponseDefinitionBuilder list(String... instances) {
        return json("{\"data\": [" + String.join(",", instances) + "]}");
    }

    static ResponseDefinitionBuilder one(String instance) {
        return json("{\"data\": " + instance + "}");
    }

    static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                "{\"error\": {\"code\": \"global/object-does-not-exist\", \"message\": \"Specified instance does not"
                        + " exist.\"}}");
    }

    static ResponseDefinitionBuilder apiError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"" + code + "\", \"message\": \"Test failure.\"}}");
    }

    static ResponseDefinitionBuilder htmlPage(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
    }

    static ResponseDefinitionBuilder connectionReset() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Returns an instance in us-east-1 of type gpu_1x_a10; tags are given as key=value. */
    static String instance(String id, String name, String status, String... tags) {
        return placedInstance(id, name, status, "us-east-1", "gpu_1x_a10", tags);
    }

    static String placedInstance(String id, String name, String status, String region, String type, String... tags) {
        String tagJson = Arrays.stream(tags).map(tag -> tag.split("=", 2))
                .map(pair -> "{\"key\": \"" + pair[0] + "\", \"value\": \"" + pair[1] + "\"}")
                .collect(Collectors.joining(","));
        return "{\"id\": \"" + id + "\"," + (name == null ? "" : " \"name\": \"" + name + "\",")
                + " \"status\": \"" + status + "\", \"ssh_key_names\": [\"camel-key\"], \"file_system_names\": [],"
                + " \"region\": {\"name\": \"" + region + "\", \"description\": \"Test region\"},"
                + " \"instance_type\": {\"name\": \"" + type + "\", \"description\": \"Test type\","
                + " \"gpu_description\": \"A10 (24 GB PCIe)\", \"price_cents_per_hour\": 75,"
                + " \"specs\": {\"vcpus\": 30, \"memory_gib\": 200, \"storage_gib\": 1400, \"gpus\": 1}},"
                + " \"jupyter_token\": \"jupyter-secret-" + id + "\","
                + " \"tags\": [" + tagJson + "]}";
    }
}
