package io.github.camellambdacloud.springboot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.map;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shows the component's Camel health checks in the Actuator health endpoint through camel-spring-boot's
 * {@code camelHealth} indicator: the consumer's polling check and the producer check that each route with a
 * {@code lambdacloud} producer registers. The exposure level is full because at Camel's default level the indicator
 * lists only checks that are DOWN.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "camel.component.lambdacloud.api-key=test-key",
            "camel.component.lambdacloud.request-interval=0",
            "camel.health.producers-enabled=true",
            "camel.health.exposure-level=full",
            "management.endpoint.health.show-details=always"
        })
class LambdaCloudHealthIntegrationTest {

    private static final String CONSUMER_CHECK = "consumer:watchInstances";
    private static final String PRODUCER_CHECK = "producer:lambdacloud-listInstances";

    private static final String INSTANCE_TYPES_JSON = """
            {"data": {"gpu_1x_a10": {
              "instance_type": {
                "name": "gpu_1x_a10",
                "description": "1x A10 (24 GB PCIe)",
                "gpu_description": "A10 (24 GB PCIe)",
                "price_cents_per_hour": 75,
                "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1}
              },
              "regions_with_capacity_available": [{"name": "us-east-1", "description": "Virginia, USA"}]
            }}}
            """;

    private static final String INVALID_API_KEY_JSON = """
            {"error": {
              "code": "global/invalid-api-key",
              "message": "API key was invalid, expired, or deleted.",
              "suggestion": "Check your API key or create a new one, then try again."
            }}
            """;

    private static WireMockServer server;

    @Autowired
    private HealthEndpoint healthEndpoint;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @DynamicPropertySource
    static void serverProperties(DynamicPropertyRegistry registry) {
        registry.add("test.lambdacloud.base-url", () -> "http://127.0.0.1:" + server.port() + "/api/v1");
    }

    @BeforeEach
    void resetServer() {
        server.resetAll();
        stubInstanceTypes(200, INSTANCE_TYPES_JSON);
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"data\": []}")));
    }

    @Test
    void consumerCheckUpInActuator() {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(camelHealthDetails()).containsEntry(CONSUMER_CHECK, "UP"));
    }

    @Test
    void producerCheckUpWhenApiAnswers() {
        assertThat(camelHealthDetails()).containsEntry(PRODUCER_CHECK, "UP");
    }

    @Test
    void producerCheckDownWithApiErrorCode() {
        stubInstanceTypes(401, INVALID_API_KEY_JSON);

        Map<String, Object> details = camelHealthDetails();

        assertThat(details).containsEntry(PRODUCER_CHECK, "DOWN");
        assertThat(details.get(PRODUCER_CHECK + ".data"))
                .asInstanceOf(map(String.class, Object.class))
                .containsEntry(AbstractHealthCheck.SERVICE_ERROR_CODE, "global/invalid-api-key");
        assertThat(healthEndpoint.healthForPath("camelHealth").getStatus().getCode()).isEqualTo("DOWN");
    }

    @Test
    void producerCheckDownWithoutErrorBody() {
        stubInstanceTypes(502, "Bad Gateway");

        Map<String, Object> details = camelHealthDetails();

        assertThat(details).containsEntry(PRODUCER_CHECK, "DOWN");
        assertThat(details.get(PRODUCER_CHECK + ".data"))
                .asInstanceOf(map(String.class, Object.class))
                .containsEntry(AbstractHealthCheck.SERVICE_STATUS_CODE, "502");
    }

    @Test
    void producerCheckUpAgainAfterGoodCall() {
        stubInstanceTypes(401, INVALID_API_KEY_JSON);
        assertThat(camelHealthDetails()).containsEntry(PRODUCER_CHECK, "DOWN");

        server.resetAll();
        stubInstanceTypes(200, INSTANCE_TYPES_JSON);

        assertThat(camelHealthDetails()).containsEntry(PRODUCER_CHECK, "UP");
    }

    private Map<String, Object> camelHealthDetails() {
        IndicatedHealthDescriptor camelHealth = (IndicatedHealthDescriptor) healthEndpoint.healthForPath("camelHealth");
        return camelHealth.getDetails();
    }

    private static void stubInstanceTypes(int status, String body) {
        server.stubFor(get(urlPathEqualTo("/api/v1/instance-types"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        RouteBuilder instanceRoutes() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("lambdacloud:instances?baseUrl={{test.lambdacloud.base-url}}&initialDelay=0")
                            .routeId("watchInstances")
                            .log("${body}");
                    from("direct:listInstances")
                            .routeId("listInstances")
                            .to("lambdacloud:instances?operation=list&baseUrl={{test.lambdacloud.base-url}}");
                }
            };
        }
    }
}
