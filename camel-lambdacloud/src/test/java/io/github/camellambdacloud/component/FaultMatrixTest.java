package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudException;
import io.github.camellambdacloud.client.LaunchOutcomeUnknownException;
import io.github.camellambdacloud.client.RestartOutcomeUnknownException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every producer operation against every server fault, through a real route: the exchange fails with the client's
 * typed exception within a bounded time, and the server received as many requests as the retry rules allow. Reads,
 * and PUT or PATCH writes, are sent {@value #MAX_ATTEMPTS} times after a retryable failure; POST and DELETE writes
 * once, unless a 429 proves the server rejected them.
 */
class FaultMatrixTest extends ProducerRouteTestSupport {

    private static final int MAX_ATTEMPTS = 2;
    private static final long RESPONSE_TIMEOUT_MILLIS = 300;
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String LAUNCH_PATH = "/api/v1/instance-operations/launch";

    /** Calls whose request is neither GET nor a PUT or PATCH that carries its whole content. */
    private static final Set<ApiCall> NON_IDEMPOTENT_WRITES = Set.of(ApiCall.LAUNCH_INSTANCE,
            ApiCall.RESTART_INSTANCES, ApiCall.TERMINATE_INSTANCES, ApiCall.RENAME_INSTANCE, ApiCall.ADD_SSH_KEY,
            ApiCall.DELETE_SSH_KEY, ApiCall.CREATE_FILE_SYSTEM, ApiCall.DELETE_FILE_SYSTEM,
            ApiCall.CREATE_FIREWALL_RULESET, ApiCall.DELETE_FIREWALL_RULESET);

    /** Calls that another change may reconcile after an ambiguous failure, by reading the account's state. */
    private static final Set<ApiCall> RECONCILED = Set.of(ApiCall.LAUNCH_INSTANCE, ApiCall.RESTART_INSTANCES,
            ApiCall.TERMINATE_INSTANCES);

    enum ServerFault {
        CONNECTION_RESET(true, () -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        EMPTY_RESPONSE(true, () -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        MALFORMED_CHUNK(true, () -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        RANDOM_DATA_THEN_CLOSE(true, () -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        DELAY_PAST_TIMEOUT(true, () -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"data\": []}").withFixedDelay((int) RESPONSE_TIMEOUT_MILLIS * 4)),
        RATE_LIMITED(true, () -> jsonError(429, "global/rate-limited")),
        SERVER_ERROR(true, () -> jsonError(500, "global/internal-error")),
        HTML_503(true, () -> aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>")),
        // A success status with a body that is not JSON is a broken contract, not a passing failure.
        NON_JSON_200(false, () -> aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("OK"));

        final boolean retryable;
        final Supplier<ResponseDefinitionBuilder> response;

        ServerFault(boolean retryable, Supplier<ResponseDefinitionBuilder> response) {
            this.retryable = retryable;
            this.response = response;
        }
    }

    static Stream<Arguments> operationsAndFaults() {
        return Arrays.stream(ApiCall.values())
                .flatMap(call -> Arrays.stream(ServerFault.values()).map(fault -> Arguments.of(call, fault)));
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (ApiCall call : ApiCall.values()) {
                    from("direct:" + call.name()).routeId(call.name())
                            .to(call.describe() + "&apiKey=" + API_KEY + "&baseUrl=" + baseUrl()
                                    + "&requestInterval=0&launchInterval=0&retryMaxAttempts=" + MAX_ATTEMPTS
                                    + "&retryInitialBackoff=1&retryMaxBackoff=5&launchReconcileTimeout=0"
                                    + "&responseTimeout=" + RESPONSE_TIMEOUT_MILLIS)
                            .to("mock:result");
                }
            }
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndFaults")
    void faultEndsInTypedException(ApiCall call, ServerFault fault) {
        wireMock.stubFor(any(anyUrl()).willReturn(fault.response.get()));

        long started = System.nanoTime();
        Exchange exchange = send(call, null, ErrorMappingTest.headersFor(call));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(elapsed.compareTo(BOUND) < 0, call + " took " + elapsed);
        int expected = expectedRequests(call, fault);
        // WireMock may record a request whose connection it dropped only after the client saw the failure.
        await().atMost(Duration.ofSeconds(2)).until(() -> requestsCounted(call) >= expected);
        assertEquals(expected, requestsCounted(call), "requests of " + call + " received");
        if (exchange.getException() == null && RECONCILED.contains(call)) {
            // A reconciling operation may turn an ambiguous failure into the result it read back.
            assertNull(exchange.getException());
            return;
        }
        LambdaCloudException failure = assertInstanceOf(LambdaCloudException.class, exchange.getException(),
                call + " exception");
        if (fault == ServerFault.RATE_LIMITED) {
            assertTrue(assertInstanceOf(LambdaCloudApiException.class, failure).isRateLimited(), "rate limited");
        }
        if (fault == ServerFault.NON_JSON_200) {
            // Launch and restart report an unreadable success as an unknown outcome, caused by the API error.
            Throwable apiError = failure instanceof LaunchOutcomeUnknownException
                    || failure instanceof RestartOutcomeUnknownException ? failure.getCause() : failure;
            assertEquals(200, assertInstanceOf(LambdaCloudApiException.class, apiError).statusCode());
        }
        assertEquals(0, getMockEndpoint("mock:result").getReceivedCounter(), "messages past the producer");
    }

    private static int expectedRequests(ApiCall call, ServerFault fault) {
        if (!fault.retryable) {
            return 1;
        }
        if (NON_IDEMPOTENT_WRITES.contains(call)) {
            return fault == ServerFault.RATE_LIMITED ? MAX_ATTEMPTS : 1;
        }
        return MAX_ATTEMPTS;
    }

    /**
     * Counts the requests of the call itself: for launch only the POSTs to the launch path, and for other writes
     * every request but GETs, so reads that reconcile an ambiguous outcome are not counted.
     */
    private static int requestsCounted(ApiCall call) {
        int count = 0;
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            String method = request.getMethod().getName();
            boolean counted = switch (call) {
                case LAUNCH_INSTANCE -> method.equals("POST") && request.getUrl().startsWith(LAUNCH_PATH);
                default -> !NON_IDEMPOTENT_WRITES.contains(call) || !method.equals("GET");
            };
            if (counted) {
                count++;
            }
        }
        return count;
    }

    private static ResponseDefinitionBuilder jsonError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(errorBody(code, "Injected failure."));
    }
}
