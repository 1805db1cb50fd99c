package io.github.camellambdacloud.springboot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.InstanceStatus;
import java.util.List;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs a route through the auto-configured component against WireMock on 127.0.0.1. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "camel.component.lambdacloud.api-key=test-key")
class LambdaCloudRouteIntegrationTest {

    private static final String INSTANCES_JSON = """
            {"data": [{
              "id": "0920582c7ff041399e34823a0be62549",
              "name": "trainer",
              "ip": "198.51.100.2",
              "status": "active",
              "ssh_key_names": ["deploy"],
              "file_system_names": [],
              "region": {"name": "us-east-1", "description": "Virginia, USA"},
              "instance_type": {
                "name": "gpu_1x_a10",
                "description": "1x A10 (24 GB PCIe)",
                "gpu_description": "A10 (24 GB PCIe)",
                "price_cents_per_hour": 75,
                "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1}
              },
              "tags": []
            }]}
            """;

    private static WireMockServer server;

    @Autowired
    private ProducerTemplate template;

    @BeforeAll
    static void startServer() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(INSTANCES_JSON)));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @DynamicPropertySource
    static void serverProperties(DynamicPropertyRegistry registry) {
        registry.add("test.lambdacloud.base-url", () -> "http://127.0.0.1:" + server.port() + "/api/v1");
    }

    @Test
    void listInstancesReturnsParsedInstances() {
        List<?> body = template.requestBody("direct:listInstances", null, List.class);

        assertThat(body).hasSize(1);
        Instance instance = (Instance) body.get(0);
        assertThat(instance.id()).isEqualTo("0920582c7ff041399e34823a0be62549");
        assertThat(instance.name()).isEqualTo("trainer");
        assertThat(instance.status()).isEqualTo(InstanceStatus.ACTIVE);
        assertThat(instance.regionName()).isEqualTo("us-east-1");
        assertThat(instance.instanceTypeName()).isEqualTo("gpu_1x_a10");
    }

    @Test
    void listInstancesSendsBearerToken() {
        template.requestBody("direct:listInstances", null, List.class);

        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/instances"))
                .withHeader("Authorization", equalTo("Bearer test-key")));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        RouteBuilder listInstancesRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:listInstances")
                            .to("lambdacloud:instances?operation=list&baseUrl={{test.lambdacloud.base-url}}");
                }
            };
        }
    }
}
