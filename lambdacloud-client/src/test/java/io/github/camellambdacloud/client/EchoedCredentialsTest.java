package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A proxy page that echoes credentials never carries them into an exception, whichever scheme the client uses. */
class EchoedCredentialsTest extends WireMockTestSupport {

    private static final String BASIC_CREDENTIALS =
            Base64.getEncoder().encodeToString((API_KEY + ":").getBytes(StandardCharsets.UTF_8));

    @Test
    void bearerClientRemovesEchoedBasicForm() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>Bad gateway: Bearer " + API_KEY + " / Basic " + BASIC_CREDENTIALS + "</html>")));

        LambdaCloudApiException e = catchThrowableOfType(LambdaCloudApiException.class, client::listInstances);

        assertThat(e.getMessage()).doesNotContain(API_KEY);
        assertThat(e.getMessage()).doesNotContain(BASIC_CREDENTIALS);
        assertThat(e.responseExcerpt()).doesNotContain(BASIC_CREDENTIALS);
    }
}
