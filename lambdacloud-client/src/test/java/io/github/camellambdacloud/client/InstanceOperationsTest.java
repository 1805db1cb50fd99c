package io.github.camellambdacloud.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camellambdacloud.client.Payloads.ACTIVE_ID;
import static io.github.camellambdacloud.client.Payloads.ACTIVE_INSTANCE;
import static io.github.camellambdacloud.client.Payloads.BOOTING_ID;
import static io.github.camellambdacloud.client.Payloads.BOOTING_INSTANCE;
import static io.github.camellambdacloud.client.Payloads.CLUSTER_ID;
import static io.github.camellambdacloud.client.Payloads.FILE_SYSTEM_ID;
import static io.github.camellambdacloud.client.Payloads.RULESET_ID;
import static io.github.camellambdacloud.client.Payloads.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceOperationsTest extends WireMockTestSupport {

    @Test
    void listInstancesParsesActiveAndBooting() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances"))
                .willReturn(okJson(data("[" + ACTIVE_INSTANCE + "," + BOOTING_INSTANCE + "]"))));

        List<Instance> instances = client.listInstances();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instances");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(instances).hasSize(2);

        Instance active = instances.get(0);
        assertThat(active.id()).isEqualTo(ACTIVE_ID);
        assertThat(active.name()).isEqualTo("camel-worker-1");
        assertThat(active.ip()).isEqualTo("192.0.2.45");
        assertThat(active.privateIp()).isEqualTo("10.19.60.24");
        assertThat(active.status()).isEqualTo(InstanceStatus.ACTIVE);
        assertThat(active.sshKeyNames()).containsExactly("camel-key");
        assertThat(active.fileSystemNames()).containsExactly("datasets");
        assertThat(active.fileSystemMounts())
                .containsExactly(new FileSystemMount("/lambda/nfs/datasets", FILE_SYSTEM_ID));
        assertThat(active.region()).isEqualTo(new Region("us-east-1", "Virginia, USA"));
        assertThat(active.instanceType().name()).isEqualTo("gpu_1x_a10");
        assertThat(active.instanceType().priceCentsPerHour()).isEqualTo(75);
        assertThat(active.instanceType().specs()).isEqualTo(new InstanceTypeSpecs(30, 200, 1400, 1));
        assertThat(active.hostname()).isEqualTo("192-0-2-45");
        assertThat(active.jupyterToken()).isEqualTo(Payloads.JUPYTER_TOKEN);
        assertThat(active.jupyterUrl()).endsWith("?token=" + Payloads.JUPYTER_TOKEN);
        assertThat(active.actions().migrate())
                .isEqualTo(new InstanceAction(false, "vm-is-too-old", "This instance is too old to migrate."));
        assertThat(active.actions().coldReboot().available()).isTrue();
        assertThat(active.tagValue("owner")).isEqualTo("camel");
        assertThat(active.firewallRulesets()).containsExactly(new FirewallRulesetReference(RULESET_ID));
        assertThat(active.isReserved()).isFalse();

        Instance booting = instances.get(1);
        assertThat(booting.id()).isEqualTo(BOOTING_ID);
        assertThat(booting.status()).isEqualTo(InstanceStatus.BOOTING);
        assertThat(booting.name()).isNull();
        assertThat(booting.ip()).isNull();
        assertThat(booting.privateIp()).isNull();
        assertThat(booting.hostname()).isNull();
        assertThat(booting.jupyterToken()).isNull();
        assertThat(booting.jupyterUrl()).isNull();
        assertThat(booting.fileSystemMounts()).isEmpty();
        assertThat(booting.isReserved()).isNull();
        assertThat(booting.actions().terminate().reasonCode()).isEqualTo("vm-has-not-launched");
    }

    @Test
    void listInstancesFiltersByCluster() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances")).willReturn(okJson(data("[" + ACTIVE_INSTANCE + "]"))));

        List<Instance> instances = client.listInstances(CLUSTER_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getUrl()).isEqualTo("/api/v1/instances?cluster_id=" + CLUSTER_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(instances).extracting(Instance::id).containsExactly(ACTIVE_ID);
    }

    @Test
    void getInstanceReturnsOne() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instances/" + ACTIVE_ID)).willReturn(okJson(data(ACTIVE_INSTANCE))));

        Instance instance = client.getInstance(ACTIVE_ID);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(instance.id()).isEqualTo(ACTIVE_ID);
        assertThat(instance.regionName()).isEqualTo("us-east-1");
        assertThat(instance.instanceTypeName()).isEqualTo("gpu_1x_a10");
    }

    @Test
    void renameInstancePostsName() {
        String renamed = ACTIVE_INSTANCE.replace("camel-worker-1", "camel-worker-renamed");
        server.stubFor(post(urlPathEqualTo("/api/v1/instances/" + ACTIVE_ID)).willReturn(okJson(data(renamed))));

        Instance instance = client.renameInstance(ACTIVE_ID, "camel-worker-renamed");

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instances/" + ACTIVE_ID);
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(jsonBody(request)).isEqualTo(parseJson("{\"name\": \"camel-worker-renamed\"}"));
        assertThat(instance.name()).isEqualTo("camel-worker-renamed");
    }

    @Test
    void launchSendsFullRequestInSnakeCase() {
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + ACTIVE_ID + "\"]}"))));
        String userData = "#cloud-config\nruncmd:\n  - [touch, /home/ubuntu/ready]\n";
        LaunchRequest launch = LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key")
                .name("camel-worker-1")
                .hostname("camel-worker-1")
                .fileSystemName("datasets")
                .fileSystemMount("/data/datasets", FILE_SYSTEM_ID)
                .image(ImageSelector.byFamily("lambda-stack-24-04"))
                .userData(userData)
                .tag("owner", "camel")
                .tag("run:id", "42")
                .firewallRuleset(RULESET_ID)
                .quantity(1)
                .build();

        LaunchResult result = client.launchInstance(launch);

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instance-operations/launch");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("""
                {"region_name": "us-east-1", "instance_type_name": "gpu_1x_a10", "ssh_key_names": ["camel-key"],
                 "name": "camel-worker-1", "hostname": "camel-worker-1",
                 "file_system_names": ["datasets"],
                 "file_system_mounts": [{"file_system_id": "%s", "mount_point": "/data/datasets"}],
                 "image": {"family": "lambda-stack-24-04"},
                 "user_data": "#cloud-config\\nruncmd:\\n  - [touch, /home/ubuntu/ready]\\n",
                 "tags": [{"key": "owner", "value": "camel"}, {"key": "run:id", "value": "42"}],
                 "firewall_rulesets": [{"id": "%s"}]}
                """.formatted(FILE_SYSTEM_ID, RULESET_ID)));
        assertThat(result.instanceIds()).containsExactly(ACTIVE_ID);
    }

    @Test
    void launchSendsImageById() {
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + ACTIVE_ID + "\"]}"))));
        LaunchRequest launch = LaunchRequest.builder("us-south-2", "gpu_1x_gh200", "camel-key")
                .image(ImageSelector.byId("43336648-096d-4cba-9aa2-f9bb7727639d"))
                .build();

        client.launchInstance(launch);

        assertThat(jsonBody(onlyRequest())).isEqualTo(parseJson("""
                {"region_name": "us-south-2", "instance_type_name": "gpu_1x_gh200", "ssh_key_names": ["camel-key"],
                 "image": {"id": "43336648-096d-4cba-9aa2-f9bb7727639d"}}
                """));
    }

    @Test
    void launchLeavesOutNullsAndEmpties() {
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/launch"))
                .willReturn(okJson(data("{\"instance_ids\": [\"" + ACTIVE_ID + "\"]}"))));
        LaunchRequest launch = new LaunchRequest("us-east-1", "gpu_1x_a10", List.of("camel-key"), List.of(), null,
                null, null, null, null, List.of(), null);

        client.launchInstance(launch);

        assertThat(jsonBody(onlyRequest())).isEqualTo(parseJson("""
                {"region_name": "us-east-1", "instance_type_name": "gpu_1x_a10", "ssh_key_names": ["camel-key"]}
                """));
    }

    @Test
    void launchWithRegionAndTagCopies() {
        LaunchRequest original = LaunchRequest.builder("us-east-1", "gpu_1x_a10", "camel-key").build();

        LaunchRequest moved = original.withRegionName("us-west-1").withName("retry-1").withTag("owner", "camel");

        assertThat(moved.regionName()).isEqualTo("us-west-1");
        assertThat(moved.name()).isEqualTo("retry-1");
        assertThat(moved.tags()).containsExactly(new Tag("owner", "camel"));
        assertThat(original.regionName()).isEqualTo("us-east-1");
        assertThat(original.tags()).isEmpty();
    }

    @Test
    void restartReturnsRestartedInstances() {
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/restart"))
                .willReturn(okJson(data("{\"restarted_instances\": [" + ACTIVE_INSTANCE + "]}"))));

        List<Instance> restarted = client.restartInstances(List.of(ACTIVE_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instance-operations/restart");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request)).isEqualTo(parseJson("{\"instance_ids\": [\"" + ACTIVE_ID + "\"]}"));
        assertThat(restarted).extracting(Instance::id).containsExactly(ACTIVE_ID);
        assertThat(restarted.get(0).status()).isEqualTo(InstanceStatus.ACTIVE);
    }

    @Test
    void terminateReturnsTerminatingInstances() {
        String terminating = ACTIVE_INSTANCE.replace("\"status\": \"active\"", "\"status\": \"terminating\"");
        String bootingTerminating = BOOTING_INSTANCE.replace("\"status\": \"booting\"", "\"status\": \"terminating\"");
        server.stubFor(post(urlPathEqualTo("/api/v1/instance-operations/terminate"))
                .willReturn(okJson(data("{\"terminated_instances\": [" + terminating + "," + bootingTerminating
                        + "]}"))));

        List<Instance> terminated = client.terminateInstances(List.of(ACTIVE_ID, BOOTING_ID));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instance-operations/terminate");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(jsonBody(request))
                .isEqualTo(parseJson("{\"instance_ids\": [\"" + ACTIVE_ID + "\", \"" + BOOTING_ID + "\"]}"));
        assertThat(terminated).extracting(Instance::id).containsExactly(ACTIVE_ID, BOOTING_ID);
        assertThat(terminated).extracting(Instance::status).containsOnly(InstanceStatus.TERMINATING);
        assertThat(terminated.get(0).status().isGoneOrGoing()).isTrue();
    }

    @Test
    void listInstanceTypesKeyedByName() {
        server.stubFor(get(urlPathEqualTo("/api/v1/instance-types")).willReturn(okJson(Payloads.INSTANCE_TYPES)));

        Map<String, InstanceTypeAvailability> types = client.listInstanceTypes();

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/api/v1/instance-types");
        assertThat(request.getHeader("Authorization")).isEqualTo(BEARER);
        assertThat(types).containsOnlyKeys("gpu_1x_a10", "gpu_1x_gh200", "cpu_4x_general");

        InstanceTypeAvailability a10 = types.get("gpu_1x_a10");
        assertThat(a10.instanceType().gpuDescription()).isEqualTo("A10 (24 GB PCIe)");
        assertThat(a10.regionsWithCapacityAvailable()).extracting(Region::name)
                .containsExactly("us-east-1", "us-west-1");
        assertThat(a10.hasCapacityIn("us-west-1")).isTrue();
        assertThat(a10.hasCapacityIn("us-south-1")).isFalse();

        InstanceTypeAvailability gh200 = types.get("gpu_1x_gh200");
        assertThat(gh200.instanceType().specs()).isEqualTo(new InstanceTypeSpecs(64, 432, 4096, 1));
        assertThat(gh200.regionsWithCapacityAvailable()).isEmpty();

        InstanceType cpu = types.get("cpu_4x_general").instanceType();
        assertThat(cpu.gpuDescription()).isEqualTo("N/A");
        assertThat(cpu.specs().gpus()).isZero();
        assertThat(cpu.priceCentsPerHour()).isEqualTo(80);
    }
}
