package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs tests against a WireMock server on 127.0.0.1 with a fresh client per test, and checks after each test that
 * every request the client sent conforms to the OpenAPI spec.
 */
abstract class WireMockTestSupport {

    static final String API_KEY = "lc_secret_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static final String BEARER = "Bearer " + API_KEY;

    private static final ObjectMapper PLAIN_MAPPER = new ObjectMapper();

    static WireMockServer server;

    LambdaCloudClient client;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void createClient() {
        server.resetAll();
        client = clientBuilder().build();
    }

    @AfterEach
    void closeClientAndCheckRequests() throws Exception {
        client.close();
        OpenApiConformance.assertRequestsConform(server.getAllServeEvents());
    }

    static String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/v1";
    }

    static LambdaCloudClientBuilder clientBuilder() {
        // No spacing and no retries, so each test sees exactly the requests it makes, at once.
        return LambdaCloudClient.builder()
                .apiKey(API_KEY)
                .baseUrl(baseUrl())
                .requestInterval(java.time.Duration.ZERO)
                .launchInterval(java.time.Duration.ZERO)
                .retryPolicy(RetryPolicy.NONE);
    }

    /** Returns the one request the server received, failing when it received another number. */
    static LoggedRequest onlyRequest() {
        List<ServeEvent> events = server.getAllServeEvents();
        assertThat(events).as("requests received").hasSize(1);
        return events.get(0).getRequest();
    }

    static void assertNoRequestReceived() {
        assertThat(server.getAllServeEvents()).as("requests received").isEmpty();
    }

    static JsonNode jsonBody(LoggedRequest request) {
        return parseJson(request.getBodyAsString());
    }

    static JsonNode parseJson(String json) {
        try {
            return PLAIN_MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid JSON in test: " + json, e);
        }
    }
}
