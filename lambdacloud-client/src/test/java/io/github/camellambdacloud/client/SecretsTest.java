package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API key, Jupyter tokens, private keys and user data stay out of messages, toString and logged bodies. */
class SecretsTest extends WireMockTestSupport {

    private static final String BASIC_CREDENTIALS =
            Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));

    @Test
    void clientToStringOmitsApiKey() {
        assertThat(client.toString()).contains(baseUrl());
        assertThat(client.toString()).doesNotContain(API_KEY);
    }

    @Test
    void settingsOmitApiKey() {
        LambdaCloudClientSettings settings = client.settings();

        assertThat(settings.baseUrl()).isEqualTo(baseUrl());
        assertThat(settings.authScheme()).isEqualTo(AuthScheme.BEARER);
        assertThat(settings.toString()).doesNotContain(API_KEY);
    }

    @Test
    void exceptionsOmitApiKey() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\": {\"code\": \"global/invalid-api-key\", \"message\": \"API key was invalid.\"}}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/regions")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        try (LambdaCloudClient basic = clientBuilder().authScheme(AuthScheme.BASIC).build()) {
            List<Throwable> failures = List.of(
                    catchThrowable(() -> client.listInstances()),
                    catchThrowable(() -> client.listRegions()),
                    catchThrowable(() -> basic.listInstances()),
                    catchThrowable(() -> basic.listRegions()));

            for (Throwable failure : failures) {
                assertThat(failure).isInstanceOf(LambdaCloudException.class);
                assertThat(failure.toString()).doesNotContain(API_KEY);
                assertThat(failure.toString()).doesNotContain(BASIC_CREDENTIALS);
            }
        }
    }

    @Test
    void echoedApiKeyIsRemovedFromErrorExcerpt() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>Bad gateway. Request headers: Authorization: Bearer " + API_KEY
                        + "</body></html>")));

        LambdaCloudApiException e = (LambdaCloudApiException) catchThrowable(() -> client.listInstances());

        assertThat(e.responseExcerpt()).contains("Authorization: Bearer [redacted]");
        assertThat(e.responseExcerpt()).doesNotContain(API_KEY);
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void echoedApiKeyIsRemovedFromErrorMessage() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"global/invalid-api-key\", \"message\": \"Key " + API_KEY
                        + " was deleted.\"}}")));

        LambdaCloudApiException e = (LambdaCloudApiException) catchThrowable(() -> client.listInstances());

        assertThat(e.errorMessage()).isEqualTo("Key [redacted] was deleted.");
        assertThat(e.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void missingApiKeyNamesSetter() {
        Throwable thrown = catchThrowable(() -> LambdaCloudClient.builder().apiKey(" ").build());

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).contains("Missing API key");
        assertThat(thrown.getMessage()).contains("apiKey(...)");
    }

    @Test
    void instanceToStringRedactsJupyterTokenAndUrl() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances/" + Payloads.ACTIVE_ID))
                .willReturn(okJson(Payloads.data(Payloads.ACTIVE_INSTANCE))));

        Instance instance = client.getInstance(Payloads.ACTIVE_ID);

        assertThat(instance.jupyterToken()).isEqualTo(Payloads.JUPYTER_TOKEN);
        assertThat(instance.toString()).contains(Payloads.ACTIVE_ID);
        assertThat(instance.toString()).doesNotContain(Payloads.JUPYTER_TOKEN);
        assertThat(instance.toString()).doesNotContain("lambdaspaces.com");
    }

    @Test
    void sshKeyToStringRedactsPrivateKey() {
        server.stubFor(post(urlPathEqualTo("/api/v1/ssh-keys")).willReturn(okJson(Payloads.data("""
                {"id": "1a2b3c4d5e6f40718293a4b5c6d7e8f9", "name": "camel-generated",
                 "public_key": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCgenerated", "private_key": "%s"}
                """.formatted(Payloads.PRIVATE_KEY)))));

        SshKey key = client.addSshKey("camel-generated", null);

        assertThat(key.toString()).contains("camel-generated");
        assertThat(key.toString()).contains("[redacted]");
        assertThat(key.toString()).doesNotContain("PRIVATE KEY");
        assertThat(key.toString()).doesNotContain("secretkeymaterial");
    }

    @Test
    void launchRequestToStringHidesUserData() {
        LaunchRequest request = LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key")
                .userData("#!/bin/sh\nexport TOKEN=hunter2\n")
                .build();

        assertThat(request.toString()).doesNotContain("hunter2");
        assertThat(request.toString()).contains("userData=[31 characters]");
    }

    @Test
    void redactionHidesSecretFields() {
        String json = """
                {"id": "abc", "private_key": "-----BEGIN RSA PRIVATE KEY-----\\nsecret\\n-----END RSA PRIVATE KEY-----\\n",
                 "jupyter_token" : "tok123", "jupyter_url":"https://j.example/?token=tok123",
                 "user_data": "#cloud-config\\npassword: \\"hunter2\\"\\n", "name": "camel-worker-1"}
                """;

        String redacted = Redaction.redactJson(json);

        assertThat(redacted).doesNotContain("secret");
        assertThat(redacted).doesNotContain("tok123");
        assertThat(redacted).doesNotContain("hunter2");
        assertThat(redacted).contains("\"private_key\":\"[redacted]\"");
        assertThat(redacted).contains("\"jupyter_token\":\"[redacted]\"");
        assertThat(redacted).contains("\"jupyter_url\":\"[redacted]\"");
        assertThat(redacted).contains("\"user_data\":\"[redacted]\"");
        assertThat(redacted).contains("\"name\": \"camel-worker-1\"");
        assertThat(redacted).contains("\"id\": \"abc\"");
    }

    @Test
    void redactionKeepsNullSecretsAndOtherJson() {
        String json = "{\"data\": [{\"jupyter_token\": null, \"public_key\": \"ssh-ed25519 AAAA\"}]}";

        assertThat(Redaction.redactJson(json)).isEqualTo(json);
    }

    @Test
    void redactionHandlesSecretsInNestedArrays() {
        String json = "{\"data\":[{\"jupyter_url\":\"u1\"},{\"jupyter_url\":\"u2\"}]}";

        assertThat(Redaction.redactJson(json))
                .isEqualTo("{\"data\":[{\"jupyter_url\":\"[redacted]\"},{\"jupyter_url\":\"[redacted]\"}]}");
    }
}
