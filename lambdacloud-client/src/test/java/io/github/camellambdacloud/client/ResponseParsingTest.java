package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Open value sets, omitted fields, unknown fields and timestamp forms the API sends. */
class ResponseParsingTest extends WireMockTestSupport {

    private void stubInstances(String... instances) {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(okJson(Payloads.data("[" + String.join(",", instances) + "]"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"booting", "active", "unhealthy", "terminating", "terminated", "preempted", "hibernating"})
    void everyStatusParses(String status) {
        stubInstances(Payloads.ACTIVE_INSTANCE.replace("\"status\": \"active\"", "\"status\": \"" + status + "\""));

        Instance instance = client.listInstances().get(0);

        assertThat(instance.status()).isEqualTo(InstanceStatus.of(status));
        assertThat(instance.status().value()).isEqualTo(status);
    }

    @Test
    void goneOrGoingStatuses() {
        assertThat(InstanceStatus.TERMINATING.isGoneOrGoing()).isTrue();
        assertThat(InstanceStatus.TERMINATED.isGoneOrGoing()).isTrue();
        assertThat(InstanceStatus.PREEMPTED.isGoneOrGoing()).isTrue();
        assertThat(InstanceStatus.ACTIVE.isGoneOrGoing()).isFalse();
        assertThat(InstanceStatus.UNHEALTHY.isGoneOrGoing()).isFalse();
        assertThat(InstanceStatus.of("hibernating").isGoneOrGoing()).isFalse();
    }

    @Test
    void explicitNullsParseLikeOmittedFields() {
        stubInstances("""
                {"id": "%s", "name": null, "ip": null, "private_ip": null, "status": "booting",
                 "ssh_key_names": ["camel-key"], "file_system_names": null, "file_system_mounts": null,
                 "region": {"name": "us-east-1", "description": null}, "instance_type": null,
                 "hostname": null, "jupyter_token": null, "jupyter_url": null, "actions": null,
                 "tags": null, "firewall_rulesets": null, "is_reserved": null}
                """.formatted(Payloads.BOOTING_ID));

        Instance instance = client.listInstances().get(0);

        assertThat(instance.name()).isNull();
        assertThat(instance.ip()).isNull();
        assertThat(instance.hostname()).isNull();
        assertThat(instance.jupyterUrl()).isNull();
        assertThat(instance.fileSystemNames()).isEmpty();
        assertThat(instance.fileSystemMounts()).isEmpty();
        assertThat(instance.tags()).isEmpty();
        assertThat(instance.firewallRulesets()).isEmpty();
        assertThat(instance.instanceTypeName()).isNull();
        assertThat(instance.actions()).isNull();
        assertThat(instance.tagValue("owner")).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredEverywhere() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(okJson("""
                {"request_id": "r-1", "data": [{"id": "%s", "status": "active", "workspace_id": "w-1",
                  "ssh_key_names": ["camel-key"], "file_system_names": [],
                  "region": {"name": "us-east-1", "description": "Virginia, USA", "country": "US"},
                  "instance_type": {"name": "gpu_1x_a10", "description": "1x A10", "gpu_description": "A10",
                                    "price_cents_per_hour": 75, "spot_price_cents_per_hour": 40,
                                    "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1,
                                              "gpu_memory_gib": 24}},
                  "actions": {"terminate": {"available": true, "eta_seconds": 3},
                              "hibernate": {"available": false}},
                  "tags": [{"key": "owner", "value": "camel", "source": "user"}],
                  "firewall_rulesets": [{"id": "%s", "name": "camel-web"}]}]}
                """.formatted(Payloads.ACTIVE_ID, Payloads.RULESET_ID))));

        Instance instance = client.listInstances().get(0);

        assertThat(instance.id()).isEqualTo(Payloads.ACTIVE_ID);
        assertThat(instance.region()).isEqualTo(new Region("us-east-1", "Virginia, USA"));
        assertThat(instance.instanceType().priceCentsPerHour()).isEqualTo(75);
        assertThat(instance.instanceType().specs().gpus()).isEqualTo(1);
        assertThat(instance.actions().terminate().available()).isTrue();
        assertThat(instance.actions().restart()).isNull();
        assertThat(instance.tagValue("owner")).isEqualTo("camel");
        assertThat(instance.firewallRulesets()).containsExactly(new FirewallRulesetReference(Payloads.RULESET_ID));
    }

    @Test
    void newInstanceTypesParse() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instance-types")).willReturn(okJson(Payloads.INSTANCE_TYPES)));

        Map<String, InstanceTypeAvailability> types = client.listInstanceTypes();

        InstanceType gh200 = types.get("gpu_1x_gh200").instanceType();
        assertThat(gh200.gpuDescription()).isEqualTo("GH200 (96 GB)");
        assertThat(gh200.priceCentsPerHour()).isEqualTo(149);
        InstanceType cpu = types.get("cpu_4x_general").instanceType();
        assertThat(cpu.gpuDescription()).isEqualTo("N/A");
        assertThat(cpu.specs().gpus()).isZero();
        assertThat(cpu.priceCentsPerHour()).isEqualTo(80);
        assertThat(List.copyOf(types.keySet())).containsExactly("gpu_1x_a10", "gpu_1x_gh200", "cpu_4x_general");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-10-02T14:21:07.512Z, 512000000",
        "2025-10-02T14:21:07.5123Z, 512300000",
        "2025-10-02T14:21:07.51234+00:00, 512340000",
        "2025-10-02T14:21:07.512345+00:00, 512345000",
        "2025-10-02T14:21:07.512000+00:00, 512000000",
        "2025-10-02T14:21:07Z, 0"
    })
    void fractionalTimestampsParse(String created, int nanos) {
        server.stubFor(get(urlPathEqualTo("/api/v1/file-systems")).willReturn(okJson(Payloads.data(
                "[" + Payloads.FILE_SYSTEM.replace("2025-10-02T14:21:07.512000+00:00", created) + "]"))));

        FileSystem fileSystem = client.listFileSystems().get(0);

        assertThat(fileSystem.created()).isEqualTo(OffsetDateTime.of(2025, 10, 2, 14, 21, 7, nanos, ZoneOffset.UTC));
    }

    @Test
    void partialTagsAndRegionsDoNotBreakLookups() {
        stubInstances(Payloads.ACTIVE_INSTANCE.replace("[{\"key\": \"owner\", \"value\": \"camel\"}]",
                "[{\"value\": \"orphan\"}, {\"key\": \"owner\", \"value\": \"camel\"}]"));
        InstanceTypeAvailability availability = new InstanceTypeAvailability(null,
                List.of(new Region(null, "Unnamed"), new Region("us-east-1", "Virginia, USA")));

        Instance instance = client.listInstances().get(0);

        assertThat(instance.tagValue("owner")).isEqualTo("camel");
        assertThat(availability.hasCapacityIn("us-east-1")).isTrue();
        assertThat(availability.hasCapacityIn("us-west-1")).isFalse();
    }

    @Test
    void instanceStatusSerializesAsString() throws Exception {
        String json = JsonMapping.newObjectMapper().writeValueAsString(InstanceStatus.PREEMPTED);

        assertThat(json).isEqualTo("\"preempted\"");
    }
}
