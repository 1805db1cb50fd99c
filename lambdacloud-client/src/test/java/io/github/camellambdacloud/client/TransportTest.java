package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.http.Fault;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransportTest extends WireMockTestSupport {

    private static final String LAUNCH_PATH = "/api/v1/instance-operations/launch";

    @Test
    void connectionRefusedWasNotProcessed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        try (LambdaCloudClient refused = LambdaCloudClient.builder()
                .apiKey(API_KEY)
                .requestInterval(java.time.Duration.ZERO)
                .launchInterval(java.time.Duration.ZERO)
                .retryPolicy(RetryPolicy.NONE)
                .baseUrl("http://127.0.0.1:" + closedPort + "/api/v1")
                .build()) {
            LambdaCloudTransportException e = catchThrowableOfType(LambdaCloudTransportException.class,
                    () -> refused.launchInstance(LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build()));

            assertThat(e.requestMayHaveBeenProcessed()).isFalse();
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.method()).isEqualTo("POST");
            assertThat(e.path()).isEqualTo("/instance-operations/launch");
            assertThat(e.getMessage()).contains("did not receive the request");
            assertThat(e.getMessage()).doesNotContain(API_KEY);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
        "MALFORMED_RESPONSE_CHUNK"})
    void faultDuringLaunchIsSentOnce(Fault fault) {
        server.stubFor(post(urlPathEqualTo(LAUNCH_PATH)).willReturn(aResponse().withFault(fault)));

        Throwable thrown = catchThrowable(
                () -> client.launchInstance(LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build()));

        assertThat(thrown).isInstanceOfAny(LambdaCloudTransportException.class, LambdaCloudApiException.class);
        if (thrown instanceof LambdaCloudTransportException transport) {
            assertThat(transport.requestMayHaveBeenProcessed()).isTrue();
        } else {
            assertThat(((LambdaCloudApiException) thrown).getMessage()).contains("not the JSON the API documents");
        }
        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
    }

    @Test
    void emptyResponseToGetIsNotRetried() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        Throwable thrown = catchThrowable(() -> client.listInstances());

        assertThat(thrown).isInstanceOf(LambdaCloudTransportException.class);
        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/instances");
    }

    @Test
    void slowResponseTimesOut() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(okJson(Payloads.data("[]")).withFixedDelay(5_000)));

        try (LambdaCloudClient impatient = clientBuilder().responseTimeout(Duration.ofMillis(300)).build()) {
            LambdaCloudTransportException e = assertTimeoutPreemptively(Duration.ofSeconds(4),
                    () -> catchThrowableOfType(LambdaCloudTransportException.class, impatient::listInstances));

            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
            assertThat(e.requestMayHaveBeenProcessed()).isTrue();
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @Test
    void sequentialRequestsReuseOneConnection() throws Exception {
        try (KeepAliveServer keepAlive = new KeepAliveServer(Payloads.data("[{\"name\": \"us-east-1\"}]"));
                LambdaCloudClient pooled = LambdaCloudClient.builder()
                        .apiKey(API_KEY)
                        .requestInterval(java.time.Duration.ZERO)
                        .launchInterval(java.time.Duration.ZERO)
                        .retryPolicy(RetryPolicy.NONE)
                        .baseUrl("http://127.0.0.1:" + keepAlive.port() + "/api/v1")
                        .build()) {
            for (int i = 0; i < 20; i++) {
                assertThat(pooled.listRegions()).extracting(Region::name).containsExactly("us-east-1");
            }

            assertThat(keepAlive.requestCount()).isEqualTo(20);
            assertThat(keepAlive.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void errorResponsesKeepTheConnection() throws Exception {
        try (KeepAliveServer keepAlive = new KeepAliveServer(404,
                Payloads.error("global/object-does-not-exist", "Specified instance does not exist."));
                LambdaCloudClient pooled = LambdaCloudClient.builder()
                        .apiKey(API_KEY)
                        .requestInterval(java.time.Duration.ZERO)
                        .launchInterval(java.time.Duration.ZERO)
                        .retryPolicy(RetryPolicy.NONE)
                        .baseUrl("http://127.0.0.1:" + keepAlive.port() + "/api/v1")
                        .build()) {
            for (int i = 0; i < 5; i++) {
                assertThat(catchThrowable(() -> pooled.getInstance(Payloads.ACTIVE_ID)))
                        .isInstanceOf(LambdaCloudApiException.class);
            }

            assertThat(keepAlive.requestCount()).isEqualTo(5);
            assertThat(keepAlive.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void suppliedHttpClientStaysOpen() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));
        try (CloseableHttpClient supplied = HttpClients.custom().disableAutomaticRetries().build()) {
            LambdaCloudClient first = clientBuilder().httpClient(supplied).build();
            first.listRegions();
            first.close();

            LambdaCloudClient second = clientBuilder().httpClient(supplied).build();

            assertThat(second.listRegions()).isEmpty();
        }
    }

    @Test
    void closedClientSendsNothing() throws Exception {
        LambdaCloudClient owned = clientBuilder().build();
        owned.close();

        Throwable thrown = catchThrowable(owned::listRegions);

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertNoRequestReceived();
    }
}
