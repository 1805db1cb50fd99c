package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Base URL checks and authentication schemes. Clients built for other hosts here never send a request. */
class ClientBuilderTest extends WireMockTestSupport {

    // Clients with default settings get their own key: the shared rate limiter of a key takes the longest interval
    // any client asks for, and the other tests run without spacing.
    private static final String DEFAULTS_KEY = "lc_defaults_0a1b2c3d4e5f";


    @Test
    void defaultBaseUrlIsProduction() throws Exception {
        try (LambdaCloudClient production = LambdaCloudClient.builder().apiKey(DEFAULTS_KEY).build()) {
            assertThat(production.baseUrl()).isEqualTo("https://cloud.lambda.ai/api/v1");
            assertThat(production.baseUrl()).isEqualTo(LambdaCloudClient.DEFAULT_BASE_URL);
        }
    }

    @Test
    void defaultSettings() throws Exception {
        try (LambdaCloudClient production = LambdaCloudClient.builder().apiKey(DEFAULTS_KEY).build()) {
            LambdaCloudClientSettings settings = production.settings();

            assertThat(settings.authScheme()).isEqualTo(AuthScheme.BEARER);
            assertThat(settings.connectTimeout()).isEqualTo(LambdaCloudClientBuilder.DEFAULT_CONNECT_TIMEOUT);
            assertThat(settings.responseTimeout()).isEqualTo(LambdaCloudClientBuilder.DEFAULT_RESPONSE_TIMEOUT);
            assertThat(settings.maxConnections()).isEqualTo(LambdaCloudClientBuilder.DEFAULT_MAX_CONNECTIONS);
        }
    }

    @Test
    void trailingSlashIsRemoved() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient slashed = clientBuilder().baseUrl(baseUrl() + "/").build()) {
            slashed.listRegions();

            assertThat(slashed.baseUrl()).isEqualTo(baseUrl());
            assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/regions");
        }
    }

    @Test
    void bearerIsSentByDefault() {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));

        client.listRegions();

        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void basicSendsKeyWithEmptyPassword() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient basic = clientBuilder().authScheme(AuthScheme.BASIC).build()) {
            basic.listRegions();
        }

        String expected = Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Basic " + expected);
    }

    @Test
    void surroundingWhitespaceOfKeyIsRemoved() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient fromFile = clientBuilder().apiKey("  " + API_KEY + "\n").build()) {
            fromFile.listRegions();
        }

        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void keyWithInnerWhitespaceIsRejected() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().apiKey("lc_secret_abc\r\nX-Injected: 1").build());

        assertThat(e.getMessage()).contains("Invalid API key");
        assertThat(e.getMessage()).contains("white space or control characters");
        assertThat(e.getMessage()).doesNotContain("lc_secret_abc");
    }

    @Test
    void userAgentIsSent() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(okJson(Payloads.data("[]"))));

        try (LambdaCloudClient named = clientBuilder().userAgent("camel-lambdacloud-test/1.0").build()) {
            named.listRegions();
        }

        assertThat(onlyRequest().getHeader("User-Agent")).isEqualTo("camel-lambdacloud-test/1.0");
    }

    @Test
    void plainHttpToRemoteHostIsRejected() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().baseUrl("http://api.example.com/api/v1").build());

        assertThat(e.getMessage()).contains("http://api.example.com/api/v1");
        assertThat(e.getMessage()).contains("clear text");
        assertThat(e.getMessage()).contains("Use https");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void insecureHttpAllowedWhenOptedIn() throws Exception {
        try (LambdaCloudClient insecure = clientBuilder()
                .baseUrl("http://api.example.com/api/v1")
                .allowInsecureHttp(true)
                .build()) {
            assertThat(insecure.baseUrl()).isEqualTo("http://api.example.com/api/v1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/v1", "http://localhost:8080/api/v1", "http://[::1]:8080/api/v1",
        "http://127.10.0.3/api/v1"})
    void plainHttpToLoopbackIsAllowed(String baseUrl) throws Exception {
        try (LambdaCloudClient local = clientBuilder().baseUrl(baseUrl).build()) {
            assertThat(local.baseUrl()).isEqualTo(baseUrl);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1.example.com/api/v1", "http://localhost.example.com/api/v1"})
    void lookalikeLoopbackHostIsRejected(String baseUrl) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().baseUrl(baseUrl).build());

        assertThat(e.getMessage()).startsWith("Insecure base URL");
    }

    @Test
    void insecureHttpMessageNamesOption() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().baseUrl("http://api.example.com/api/v1").build());

        assertThat(e.getMessage()).startsWith("Insecure base URL 'http://api.example.com/api/v1'");
        assertThat(e.getMessage()).contains("allowInsecureHttp(true) on the client builder");
        assertThat(e.getMessage()).contains("allowInsecureHttp=true on a lambdacloud endpoint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cloud.lambda.ai/api/v1", "ftp://cloud.lambda.ai/api/v1", "https:///api/v1", "not a url"})
    void invalidBaseUrlIsRejected(String baseUrl) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().baseUrl(baseUrl).build());

        assertThat(e.getMessage()).startsWith("Invalid base URL");
        assertThat(e.getMessage()).contains(LambdaCloudClient.DEFAULT_BASE_URL);
    }

    @Test
    void credentialsInBaseUrlAreRejectedWithoutEcho() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().baseUrl("https://user:hunter2@cloud.lambda.ai/api/v1").build());

        assertThat(e.getMessage()).contains("user info");
        assertThat(e.getMessage()).doesNotContain("hunter2");
    }

    @Test
    void nonPositiveTimeoutIsRejected() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().responseTimeout(Duration.ZERO));

        assertThat(e.getMessage()).contains("response timeout PT0S");
        assertThat(e.getMessage()).contains("positive duration");
    }

    @Test
    void zeroMaxConnectionsIsRejected() {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> clientBuilder().maxConnections(0));

        assertThat(e.getMessage()).contains("maxConnections 0");
        assertThat(e.getMessage()).contains("use 1 or more");
    }
}
