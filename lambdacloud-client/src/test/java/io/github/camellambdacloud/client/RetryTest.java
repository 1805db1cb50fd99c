package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which failures the client retries, how often and how long, counted by the requests WireMock received. Backoffs
 * are a few milliseconds, so the attempts follow each other quickly.
 */
class RetryTest extends WireMockTestSupport {

    private static final int MAX_ATTEMPTS = 3;
    private static final RetryPolicy QUICK =
            new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(5), Duration.ofMillis(20), 2.0, Duration.ofSeconds(10));
    private static final String INSTANCES = "/api/v1/instances";
    private static final String LAUNCH = "/api/v1/instance-operations/launch";
    private static final String RESTART = "/api/v1/instance-operations/restart";
    private static final String FIREWALL_RULES = "/api/v1/firewall-rules";
    private static final LaunchRequest LAUNCH_REQUEST =
            LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build();
    private static final List<FirewallRule> RULES = List.of(FirewallRule.ports("tcp", 22, 22, "0.0.0.0/0", "SSH"));

    static Stream<Arguments> retryableFailures() {
        return Stream.of(
                Arguments.of("429 rate-limited", apiError(429, "global/rate-limited")),
                Arguments.of("500 without body", aResponse().withStatus(500)),
                Arguments.of("502 HTML page", htmlPage(502)),
                Arguments.of("503 HTML page", htmlPage(503)),
                Arguments.of("provider error", apiError(502, "provider/internal-unavailable")),
                Arguments.of("provider error with status 400", apiError(400, "provider/internal-unavailable")),
                Arguments.of("global/internal-error", apiError(500, "global/internal-error")),
                Arguments.of("global/unknown", apiError(500, "global/unknown")),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE)));
    }

    static Stream<Arguments> failuresAfterWhichTheServerMayHaveActed() {
        return Stream.of(
                Arguments.of("500 without body", aResponse().withStatus(500)),
                Arguments.of("503 HTML page", htmlPage(503)),
                Arguments.of("global/unknown", apiError(500, "global/unknown")),
                Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE)),
                Arguments.of("response timeout", okJson(Payloads.data("{}")).withFixedDelay(1_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retryableFailures")
    void getIsSentExactlyMaxAttemptsTimes(String failure, ResponseDefinitionBuilder response) throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).willReturn(response));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            Throwable thrown = catchThrowable(retrying::listInstances);

            assertThat(thrown).isInstanceOf(LambdaCloudException.class);
        }
        server.verify(MAX_ATTEMPTS, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retryableFailures")
    void getWithoutRetriesIsSentOnce(String failure, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).willReturn(response));

        Throwable thrown = catchThrowable(client::listInstances);

        // The client under test has RetryPolicy.NONE, so any further request would come from HttpClient itself.
        assertThat(thrown).isInstanceOf(LambdaCloudException.class);
        server.verify(1, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    @Test
    void getSucceedsAfterTransientFailures() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(htmlPage(503)).willSetStateTo("second"));
        server.stubFor(get(urlPathEqualTo(INSTANCES)).inScenario("flaky").whenScenarioStateIs("second")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("third"));
        server.stubFor(get(urlPathEqualTo(INSTANCES)).inScenario("flaky").whenScenarioStateIs("third")
                .willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(retrying.listInstances()).isEmpty();
        }
        server.verify(3, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    @Test
    void getTimeoutIsRetried() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).willReturn(okJson(Payloads.data("[]")).withFixedDelay(1_000)));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK)
                .responseTimeout(Duration.ofMillis(200)).build()) {
            Throwable thrown = catchThrowable(retrying::listInstances);

            assertThat(thrown).isInstanceOf(LambdaCloudTransportException.class);
        }
        server.verify(MAX_ATTEMPTS, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).inScenario("limited").whenScenarioStateIs("Started")
                .willReturn(apiError(429, "global/rate-limited").withHeader("Retry-After", "1"))
                .willSetStateTo("open"));
        server.stubFor(get(urlPathEqualTo(INSTANCES)).inScenario("limited").whenScenarioStateIs("open")
                .willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(retrying.listInstances()).isEmpty();
        }

        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo(INSTANCES)));
        assertThat(requests).hasSize(2);
        long gapMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        // The policy alone would wait at most 5 ms; WireMock stamps requests to the millisecond.
        assertThat(gapMillis).isGreaterThanOrEqualTo(990);
    }

    @Test
    void retryAfterBeyondMaxElapsedStopsRetries() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES))
                .willReturn(apiError(429, "global/rate-limited").withHeader("Retry-After", "5")));
        RetryPolicy withinOneSecond =
                new RetryPolicy(5, Duration.ofMillis(5), Duration.ofMillis(20), 2.0, Duration.ofSeconds(1));

        long started = System.nanoTime();
        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(withinOneSecond).build()) {
            LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, retrying::listInstances);

            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        server.verify(1, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    @Test
    void maxElapsedBoundsManyAttempts() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).willReturn(aResponse().withStatus(500)));
        RetryPolicy manyAttempts =
                new RetryPolicy(1_000, Duration.ofMillis(20), Duration.ofMillis(20), 1.0, Duration.ofMillis(300));

        long started = System.nanoTime();
        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(manyAttempts).build()) {
            assertThat(catchThrowable(retrying::listInstances)).isInstanceOf(LambdaCloudApiException.class);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        int attempts = server.findAll(getRequestedFor(urlPathEqualTo(INSTANCES))).size();
        // Waits of 10 to 20 ms each within 300 ms allow at most 31 attempts; at least one retry fits.
        assertThat(attempts).isBetween(2, 31);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresAfterWhichTheServerMayHaveActed")
    void launchIsSentOnceWhenItMayHaveBeenApplied(String failure, ResponseDefinitionBuilder response)
            throws Exception {
        server.stubFor(post(urlPathEqualTo(LAUNCH)).willReturn(response));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK)
                .responseTimeout(Duration.ofMillis(200)).build()) {
            assertThat(catchThrowable(() -> retrying.launchInstance(LAUNCH_REQUEST)))
                    .isInstanceOf(LambdaCloudException.class);
        }
        server.verify(1, postRequestedFor(urlPathEqualTo(LAUNCH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresAfterWhichTheServerMayHaveActed")
    void restartIsSentOnceWhenItMayHaveBeenApplied(String failure, ResponseDefinitionBuilder response)
            throws Exception {
        server.stubFor(post(urlPathEqualTo(RESTART)).willReturn(response));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK)
                .responseTimeout(Duration.ofMillis(200)).build()) {
            assertThat(catchThrowable(() -> retrying.restartInstances(List.of(Payloads.ACTIVE_ID))))
                    .isInstanceOf(LambdaCloudException.class);
        }
        server.verify(1, postRequestedFor(urlPathEqualTo(RESTART)));
    }

    @Test
    void launchIsRetriedAfterRateLimiting() throws Exception {
        server.stubFor(post(urlPathEqualTo(LAUNCH)).willReturn(apiError(429, "global/rate-limited")));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            LambdaCloudApiException e =
                    catchThrowableOfType(LambdaCloudApiException.class, () -> retrying.launchInstance(LAUNCH_REQUEST));

            assertThat(e.isRateLimited()).isTrue();
        }
        server.verify(MAX_ATTEMPTS, postRequestedFor(urlPathEqualTo(LAUNCH)));
    }

    @Test
    void restartIsRetriedAfterRateLimiting() throws Exception {
        server.stubFor(post(urlPathEqualTo(RESTART)).willReturn(apiError(429, "global/rate-limited")));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(catchThrowable(() -> retrying.restartInstances(List.of(Payloads.ACTIVE_ID))))
                    .isInstanceOf(LambdaCloudApiException.class);
        }
        server.verify(MAX_ATTEMPTS, postRequestedFor(urlPathEqualTo(RESTART)));
    }

    @Test
    void launchIsRetriedWhenConnectionIsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        CountingDnsResolver resolver = new CountingDnsResolver();

        // HttpClient resolves the host once per connection attempt, so the resolver counts the attempts.
        try (CloseableHttpClient counting = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(2)).build())
                        .build())
                .disableAutomaticRetries()
                .build();
                LambdaCloudClient retrying = clientBuilder()
                        .baseUrl("http://127.0.0.1:" + closedPort + "/api/v1")
                        .httpClient(counting)
                        .retryPolicy(QUICK)
                        .build()) {
            LambdaCloudTransportException e = catchThrowableOfType(LambdaCloudTransportException.class,
                    () -> retrying.launchInstance(LAUNCH_REQUEST));

            assertThat(e.requestMayHaveBeenProcessed()).isFalse();
        }
        assertThat(resolver.lookups.get()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void firewallRulesPutIsRetriedOnServerErrors() throws Exception {
        server.stubFor(put(urlPathEqualTo(FIREWALL_RULES)).willReturn(htmlPage(503)));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(catchThrowable(() -> retrying.replaceFirewallRules(RULES)))
                    .isInstanceOf(LambdaCloudApiException.class);
        }
        server.verify(MAX_ATTEMPTS, putRequestedFor(urlPathEqualTo(FIREWALL_RULES)));
    }

    @Test
    void firewallRulesPutIsRetriedAfterReset() throws Exception {
        server.stubFor(put(urlPathEqualTo(FIREWALL_RULES))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(catchThrowable(() -> retrying.replaceFirewallRules(RULES)))
                    .isInstanceOf(LambdaCloudTransportException.class);
        }
        server.verify(MAX_ATTEMPTS, putRequestedFor(urlPathEqualTo(FIREWALL_RULES)));
    }

    @Test
    void clientErrorIsNotRetried() throws Exception {
        server.stubFor(get(urlPathEqualTo(INSTANCES)).willReturn(apiError(400, "global/invalid-parameters")));

        try (LambdaCloudClient retrying = clientBuilder().retryPolicy(QUICK).build()) {
            assertThat(catchThrowable(retrying::listInstances)).isInstanceOf(LambdaCloudApiException.class);
        }
        server.verify(1, getRequestedFor(urlPathEqualTo(INSTANCES)));
    }

    private static ResponseDefinitionBuilder apiError(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(Payloads.error(code, "Injected failure."));
    }

    private static ResponseDefinitionBuilder htmlPage(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>" + status + " Bad Gateway</h1></body></html>");
    }

    /** Counts host lookups and resolves them as the JVM does. */
    private static final class CountingDnsResolver implements DnsResolver {

        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            lookups.incrementAndGet();
            return SystemDefaultDnsResolver.INSTANCE.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
