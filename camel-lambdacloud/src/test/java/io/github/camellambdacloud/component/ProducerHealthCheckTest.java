package io.github.camellambdacloud.component;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camellambdacloud.client.LambdaCloudApiException;
import io.github.camellambdacloud.client.LambdaCloudTransportException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.apache.camel.impl.health.DefaultHealthCheckRegistry;
import org.apache.camel.impl.health.ProducersHealthCheckRepository;
import org.junit.jupiter.api.Test;

/**
 * The producer health check against WireMock on 127.0.0.1, invoked through Camel's health check registry. The
 * requests it sends are checked against the OpenAPI document by {@link ProducerRouteTestSupport}.
 */
class ProducerHealthCheckTest extends ProducerRouteTestSupport {

    private static final String CHECK_ID = "producer:lambdacloud-listTypes";
    private static final String TWO_CALLS_CHECK_ID = "producer:lambdacloud-launchWhereFree";

    private static final String INSTANCE_TYPES_JSON = "{\"data\": {\"gpu_1x_a10\": {\"instance_type\": "
            + ApiFixtures.INSTANCE_TYPE_A10 + ", \"regions_with_capacity_available\": [" + ApiFixtures.REGION + "]}}}";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();

        // Camel keeps producer checks off unless the producers repository is enabled (camel.health.producersEnabled).
        HealthCheckRegistry registry = new DefaultHealthCheckRegistry(context);
        // At the default exposure level Camel returns only the checks that are DOWN, or one result when all are UP.
        registry.setExposureLevel("full");
        ProducersHealthCheckRepository producers = new ProducersHealthCheckRepository();
        producers.setEnabled(true);
        registry.register(producers);
        context.getCamelContextExtension().addContextPlugin(HealthCheckRegistry.class, registry);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:listTypes").routeId("listTypes")
                        .to(endpointUri(ApiCall.LIST_INSTANCE_TYPES));
                from("direct:launchWhereFree").routeId("launchWhereFree")
                        .to(endpointUri(ApiCall.LIST_INSTANCE_TYPES))
                        .to(endpointUri(ApiCall.LAUNCH_INSTANCE));
            }
        };
    }

    @Test
    void upWhenApiAnswers() {
        stubInstanceTypes(200, "application/json", INSTANCE_TYPES_JSON);

        HealthCheck.Result result = readiness(CHECK_ID);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/v1/instance-types")));
    }

    @Test
    void downWithStatusAndErrorCode() {
        stubInstanceTypes(401, "application/json", "{\"error\": {\"code\": \"global/invalid-api-key\","
                + " \"message\": \"API key was invalid, expired, or deleted.\"}}");

        HealthCheck.Result result = readiness(CHECK_ID);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 401);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "global/invalid-api-key");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("401"));
        assertThat(result.getError()).containsInstanceOf(LambdaCloudApiException.class);
    }

    @Test
    void downWithoutErrorCodeForHtmlPage() {
        stubInstanceTypes(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

        HealthCheck.Result result = readiness(CHECK_ID);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, 502);
        assertThat(result.getDetails()).doesNotContainKey(AbstractHealthCheck.SERVICE_ERROR_CODE);
        assertThat(result.getError()).containsInstanceOf(LambdaCloudApiException.class);
    }

    @Test
    void downWhenConnectionFails() {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/instance-types"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HealthCheck.Result result = readiness(CHECK_ID);

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).doesNotContainKey(AbstractHealthCheck.SERVICE_STATUS_CODE);
        assertThat(result.getMessage()).isPresent();
        assertThat(result.getError()).containsInstanceOf(LambdaCloudTransportException.class);
    }

    @Test
    void upAgainAfterGoodCall() {
        stubInstanceTypes(503, "application/json", "{\"error\": {\"code\": \"global/unknown\","
                + " \"message\": \"Service unavailable.\"}}");
        assertThat(readiness(CHECK_ID).getState()).isEqualTo(HealthCheck.State.DOWN);

        wireMock.resetAll();
        stubInstanceTypes(200, "application/json", INSTANCE_TYPES_JSON);

        assertThat(readiness(CHECK_ID).getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void oneCheckPerRoute() {
        stubInstanceTypes(200, "application/json", INSTANCE_TYPES_JSON);

        List<String> ids = HealthCheckHelper.invokeReadiness(context).stream()
                .map(result -> result.getCheck().getId())
                .filter(id -> id.startsWith("producer:"))
                .toList();

        assertThat(ids).containsExactlyInAnyOrder(CHECK_ID, TWO_CALLS_CHECK_ID);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/instance-types")));
    }

    @Test
    void notLivenessCheck() {
        boolean producerCheckInLiveness = HealthCheckHelper.invokeLiveness(context).stream()
                .anyMatch(result -> result.getCheck().getId().startsWith("producer:"));

        assertThat(producerCheckInLiveness).isFalse();
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void removedWhenRouteStops() throws Exception {
        context.getRouteController().stopRoute("listTypes");

        Optional<HealthCheck> check = HealthCheckHelper.getHealthCheckRegistry(context)
                .getCheck(CHECK_ID);

        assertThat(check).isEmpty();
        assertThat(HealthCheckHelper.getHealthCheckRegistry(context).getCheck(TWO_CALLS_CHECK_ID)).isPresent();
    }

    private HealthCheck.Result readiness(String checkId) {
        return HealthCheckHelper.invoke(context, checkId, Map.of())
                .orElseThrow(() -> new AssertionError("No health check " + checkId));
    }

    private static void stubInstanceTypes(int status, String contentType, String body) {
        wireMock.stubFor(get(urlPathEqualTo("/api/v1/instance-types"))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    }
}
