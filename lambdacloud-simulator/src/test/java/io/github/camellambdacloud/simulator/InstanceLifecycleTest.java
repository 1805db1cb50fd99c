package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstanceLifecycleTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private LambdaCloudSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void startSimulator() {
        simulator = LambdaCloudSimulator.builder()
                .apiKey("secret")
                .manualClock()
                .bootTime(Duration.ofMinutes(3))
                .terminateTime(Duration.ofSeconds(30))
                .lingerTime(Duration.ofMinutes(5))
                .restartTime(Duration.ofMinutes(1))
                .build()
                .start();
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client = new ApiClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void bootingInstanceHasNoAddressOrName() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        JsonNode instance = client.get("/instances/" + id).data();

        assertThat(instance.get("status").asText()).isEqualTo("booting");
        assertThat(instance.has("ip")).isFalse();
        assertThat(instance.has("private_ip")).isFalse();
        assertThat(instance.has("hostname")).isFalse();
        assertThat(instance.has("name")).isFalse();
        assertThat(instance.has("jupyter_token")).isFalse();
        assertThat(instance.has("jupyter_url")).isFalse();
        assertThat(instance.has("file_system_mounts")).isFalse();
        assertThat(instance.get("ssh_key_names").get(0).asText()).isEqualTo("camel-key");
        assertThat(instance.get("instance_type").get("price_cents_per_hour").asInt()).isEqualTo(75);
        assertThat(instance.get("actions").get("terminate").get("reason_code").asText())
                .isEqualTo("vm-has-not-launched");
    }

    @Test
    void instanceBecomesActiveAfterBootTime() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        simulator.advance(Duration.ofMinutes(3).minusSeconds(1));
        assertThat(client.get("/instances/" + id).data().get("status").asText()).isEqualTo("booting");
        simulator.advance(Duration.ofSeconds(1));
        JsonNode instance = client.get("/instances/" + id).data();

        assertThat(instance.get("status").asText()).isEqualTo("active");
        assertThat(instance.get("ip").asText()).startsWith("192.0.2.");
        assertThat(instance.get("hostname").asText()).isEqualTo(instance.get("ip").asText().replace('.', '-'));
        assertThat(instance.get("jupyter_token").asText()).hasSize(32);
        assertThat(instance.get("jupyter_url").asText()).contains(instance.get("jupyter_token").asText());
        assertThat(instance.get("actions").get("restart").get("available").asBoolean()).isTrue();
    }

    @Test
    void terminatedInstanceLingersThenDisappears() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        simulator.advance(Duration.ofMinutes(3));

        JsonNode terminated = client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}")
                .data().get("terminated_instances");
        assertThat(terminated.get(0).get("status").asText()).isEqualTo("terminating");

        simulator.advance(Duration.ofSeconds(30));
        assertThat(client.get("/instances/" + id).data().get("status").asText()).isEqualTo("terminated");
        assertThat(client.get("/instances").data()).hasSize(1);

        simulator.advance(Duration.ofMinutes(5));
        ApiClient.Answer removed = client.get("/instances/" + id);
        assertThat(removed.status()).isEqualTo(404);
        assertThat(removed.errorCode()).isEqualTo("global/object-does-not-exist");
        assertThat(removed.errorMessage()).isEqualTo("Specified instance does not exist.");
        assertThat(client.get("/instances").data()).isEmpty();
    }

    @Test
    void transitionsRecordSimulatedDueTimes() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        simulator.advance(Duration.ofMinutes(10));
        client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}");
        simulator.advance(Duration.ofHours(1));

        List<StateTransition> transitions = simulator.transitions();

        assertThat(transitions)
                .extracting(StateTransition::instanceId, StateTransition::from, StateTransition::to,
                        StateTransition::simulatedTime)
                .containsExactly(
                        tuple(id, null, "booting", START),
                        tuple(id, "booting", "active", START.plus(Duration.ofMinutes(3))),
                        tuple(id, "active", "terminating", START.plus(Duration.ofMinutes(10))),
                        tuple(id, "terminating", "terminated", START.plus(Duration.ofMinutes(10)).plusSeconds(30)),
                        tuple(id, "terminated", null, START.plus(Duration.ofMinutes(15)).plusSeconds(30)));
        assertThat(transitions).allSatisfy(transition -> assertThat(transition.wallTime()).isNotNull());
    }

    @Test
    void restartGoesThroughBooting() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        simulator.advance(Duration.ofMinutes(3));
        String ip = client.get("/instances/" + id).data().get("ip").asText();

        JsonNode restarted = client.post("/instance-operations/restart", "{\"instance_ids\":[\"" + id + "\"]}")
                .data().get("restarted_instances").get(0);
        assertThat(restarted.get("status").asText()).isEqualTo("booting");
        assertThat(restarted.get("ip").asText()).isEqualTo(ip);

        ApiClient.Answer conflict = client.post("/instance-operations/restart", "{\"instance_ids\":[\"" + id + "\"]}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.errorCode()).isEqualTo("global/conflict");

        simulator.advance(Duration.ofMinutes(1));
        assertThat(client.get("/instances/" + id).data().get("status").asText()).isEqualTo("active");
    }

    @Test
    void secondTerminateReturnsUnknownError() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}");

        ApiClient.Answer again = client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}");

        assertThat(again.status()).isEqualTo(500);
        assertThat(again.errorCode()).isEqualTo("global/unknown");
        assertThat(again.errorMessage()).isEqualTo("An unknown error occurred.");
    }

    @Test
    void launchEchoesRequestFieldsButNotUserData() {
        String fileSystemId = simulator.addFileSystem("datasets", "us-east-1");
        String id = client.launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],
                 "name":"camel-worker-1","hostname":"camel-worker-1","file_system_names":["datasets"],
                 "file_system_mounts":[{"file_system_id":"%s","mount_point":"/data/datasets"}],
                 "image":{"family":"lambda-stack-24-04"},"user_data":"#cloud-config\\n",
                 "tags":[{"key":"owner","value":"camel"},{"key":"run:id","value":"42"}],"quantity":1}
                """.formatted(fileSystemId));
        simulator.advance(Duration.ofMinutes(3));

        JsonNode instance = client.get("/instances/" + id).data();

        assertThat(instance.get("name").asText()).isEqualTo("camel-worker-1");
        assertThat(instance.get("hostname").asText()).isEqualTo("camel-worker-1");
        assertThat(instance.get("file_system_names").get(0).asText()).isEqualTo("datasets");
        assertThat(instance.get("file_system_mounts").get(0).get("mount_point").asText()).isEqualTo("/data/datasets");
        assertThat(instance.get("file_system_mounts").get(0).get("file_system_id").asText()).isEqualTo(fileSystemId);
        assertThat(instance.get("tags").get(1).get("key").asText()).isEqualTo("run:id");
        assertThat(instance.get("tags").get(1).get("value").asText()).isEqualTo("42");
        assertThat(instance.has("user_data")).isFalse();
    }

    @Test
    void renameChangesName() {
        String id = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        ApiClient.Answer renamed = client.post("/instances/" + id, "{\"name\":\"renamed\"}");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.data().get("name").asText()).isEqualTo("renamed");
        assertThat(simulator.instances().get(0).name()).isEqualTo("renamed");
    }

    @Test
    void injectedStatusesShowInList() {
        String unhealthy = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        String preempted = client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        simulator.advance(Duration.ofMinutes(3));
        int capacityBefore = simulator.capacity("gpu_1x_a10", "us-east-1");

        simulator.injectStatus(unhealthy, "unhealthy");
        simulator.injectStatus(preempted, "preempted");

        assertThat(simulator.instances())
                .extracting(InstanceSnapshot::id, InstanceSnapshot::status)
                .containsExactly(tuple(unhealthy, "unhealthy"), tuple(preempted, "preempted"));
        assertThat(simulator.capacity("gpu_1x_a10", "us-east-1")).isEqualTo(capacityBefore + 1);

        client.post("/instance-operations/restart", "{\"instance_ids\":[\"" + unhealthy + "\"]}");
        simulator.advance(Duration.ofMinutes(1));
        assertThat(client.get("/instances/" + unhealthy).data().get("status").asText()).isEqualTo("active");
    }

    @Test
    void scaledClockBootsInWallTime() throws Exception {
        try (LambdaCloudSimulator scaled = LambdaCloudSimulator.builder()
                .timeScale(600)
                .bootTime(Duration.ofMinutes(3))
                .build()
                .start()) {
            scaled.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
            ApiClient scaledClient = new ApiClient(scaled);
            String id = scaledClient.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

            // 3 simulated minutes at 600x are 0.3 s of wall time; the clock ticker applies the transition.
            StateTransition active = scaled.awaitTransition(
                    transition -> id.equals(transition.instanceId()) && "active".equals(transition.to()),
                    Duration.ofSeconds(30));

            assertThat(active.from()).isEqualTo("booting");
            assertThat(scaledClient.get("/instances/" + id).data().get("status").asText()).isEqualTo("active");
        }
    }
}
