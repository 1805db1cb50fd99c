package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Responses that once broke callers: a huge Retry-After, an echoed key, instances without an id or status. */
class ResponseEdgeCaseTest extends WireMockTestSupport {

    @Test
    void hugeRetryAfterEndsInApiError() {
        // The first attempt takes over a second, so time spent plus Retry-After would overflow a Duration.
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse()
                .withStatus(503)
                .withFixedDelay(1100)
                .withHeader("Retry-After", String.valueOf(Long.MAX_VALUE))
                .withHeader("Content-Type", "application/json")
                .withBody(Payloads.error("global/unknown", "busy"))));
        LambdaCloudClient retrying = clientBuilder().retryPolicy(RetryPolicy.DEFAULT).build();

        Throwable thrown = catchThrowable(retrying::listInstances);

        assertThat(thrown).isInstanceOf(LambdaCloudApiException.class);
        assertThat(((LambdaCloudApiException) thrown).retryAfter()).isEqualTo(Duration.ofDays(1));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/instances")));
        retrying.close();
    }

    @Test
    void keyEchoedInErrorCodeIsRedacted() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"" + BEARER + "\", \"message\": \"bad\"},"
                        + " \"field_errors\": {\"" + API_KEY + "\": {\"code\": \"" + API_KEY + "\","
                        + " \"message\": \"" + API_KEY + "\"}}}")));

        LambdaCloudApiException thrown = (LambdaCloudApiException) catchThrowable(client::listInstances);

        assertThat(thrown.getMessage()).doesNotContain(API_KEY);
        assertThat(thrown.errorCode()).doesNotContain(API_KEY);
        assertThat(thrown.fieldErrors().toString()).doesNotContain(API_KEY);
        assertThat(thrown.fieldErrors()).hasSize(1);
    }

    @Test
    void instanceWithoutStatusIsInvalidBody() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(okJson(
                "{\"data\": [{\"id\": \"0920582c7ff041399e34823a0be62549\", \"name\": \"worker\"}]}")));

        Throwable thrown = catchThrowable(client::listInstances);

        assertThat(thrown).isInstanceOf(LambdaCloudApiException.class);
        assertThat(((LambdaCloudApiException) thrown).statusCode()).isEqualTo(200);
        assertThat(thrown.getMessage()).contains("instance 0920582c7ff041399e34823a0be62549 has no status");
    }

    @Test
    void instanceWithoutIdIsInvalidBody() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances/0920582c7ff041399e34823a0be62549"))
                .willReturn(okJson("{\"data\": {\"status\": \"active\"}}")));

        Throwable thrown = catchThrowable(() -> client.getInstance("0920582c7ff041399e34823a0be62549"));

        assertThat(thrown).isInstanceOf(LambdaCloudApiException.class);
        assertThat(thrown.getMessage()).contains("an instance has no id");
    }
}
