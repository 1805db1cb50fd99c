package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Makes the OpenAPI check visible: skipped, not silently passed, when the spec file is absent. */
class SpecValidationTest extends ProducerRouteTestSupport {

    @Test
    void requestsAreCheckedAgainstSpec() throws Exception {
        assumeTrue(specAvailable(), "OpenAPI spec not found at " + System.getProperty(SPEC_PROPERTY)
                + " (system property " + SPEC_PROPERTY + "); set -D" + SPEC_PROPERTY + "=PATH to Lambda's OpenAPI"
                + " document v1.10.0 from https://docs.lambda.ai/api/cloud/spec.json");
        wireMock.stubFor(get(urlEqualTo("/api/v1/regions")).willReturn(okJson(ApiFixtures.data("[]"))));

        List<?> regions = sendAndReceive(ApiCall.LIST_REGIONS, null, Map.of(), List.class);

        assertEquals(List.of(), regions);
    }
}
