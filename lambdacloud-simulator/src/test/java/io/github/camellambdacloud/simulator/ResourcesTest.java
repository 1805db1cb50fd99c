package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static final String RULE = "{\"protocol\":\"tcp\",\"port_range\":[22,22],\"source_network\":\"0.0.0.0/0\","
            + "\"description\":\"SSH\"}";

    private LambdaCloudSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void startSimulator() {
        simulator = LambdaCloudSimulator.builder().manualClock().auditPageSize(2).build().start();
        client = new ApiClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void generatedSshKeyReturnsPrivateKeyOnce() {
        JsonNode generated = client.post("/ssh-keys", "{\"name\":\"generated\"}").data();
        JsonNode listed = client.get("/ssh-keys").data();

        assertThat(generated.get("private_key").asText()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n")
                .endsWith("-----END RSA PRIVATE KEY-----\n");
        assertThat(generated.get("public_key").asText()).startsWith("ssh-rsa AAAAB3NzaC1yc2E");
        assertThat(generated.get("id").asText()).matches("[0-9a-f]{32}");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("private_key")).isFalse();
        assertThat(listed.get(0).get("public_key").asText()).isEqualTo(generated.get("public_key").asText());
    }

    @Test
    void sshKeyNamesMayRepeat() {
        String body = "{\"name\":\"camel-key\",\"public_key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample a@b\"}";

        ApiClient.Answer first = client.post("/ssh-keys", body);
        ApiClient.Answer second = client.post("/ssh-keys", body);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().get("id").asText()).isNotEqualTo(first.data().get("id").asText());
        assertThat(client.get("/ssh-keys").data()).hasSize(2);
    }

    @Test
    void sshKeyDeleteById() {
        String body = "{\"name\":\"camel-key\",\"public_key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample a@b\"}";
        String first = client.post("/ssh-keys", body).data().get("id").asText();
        client.post("/ssh-keys", body);

        ApiClient.Answer deleted = client.delete("/ssh-keys/" + first);
        ApiClient.Answer deletedAgain = client.delete("/ssh-keys/" + first);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("{\"data\":{}}");
        assertThat(deletedAgain.status()).isEqualTo(404);
        assertThat(client.get("/ssh-keys").data()).hasSize(1);
    }

    @Test
    void invalidPublicKeyIsRejected() {
        ApiClient.Answer rejected = client.post("/ssh-keys", "{\"name\":\"bad\",\"public_key\":\"not a key\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/invalid-parameters");
    }

    @Test
    void fileSystemLifecycle() {
        ApiClient.Answer created = client.post("/filesystems", "{\"name\":\"datasets\",\"region\":\"us-east-1\"}");
        ApiClient.Answer duplicate = client.post("/filesystems", "{\"name\":\"datasets\",\"region\":\"us-west-1\"}");
        String id = created.data().get("id").asText();

        assertThat(created.data().get("mount_point").asText()).isEqualTo("/lambda/nfs/datasets");
        assertThat(created.data().get("is_in_use").asBoolean()).isFalse();
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("global/duplicate");
        assertThat(client.get("/file-systems").data()).hasSize(1);

        ApiClient.Answer deleted = client.delete("/filesystems/" + id);
        assertThat(deleted.data().get("deleted_ids").get(0).asText()).isEqualTo(id);
        ApiClient.Answer missing = client.delete("/filesystems/" + id);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).isEqualTo("Filesystem was not found.");
    }

    @Test
    void mountedFileSystemCannotBeDeleted() {
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        String fileSystemId = simulator.addFileSystem("datasets", "us-east-1");
        String instanceId = client.launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],
                 "file_system_names":["datasets"]}
                """);

        ApiClient.Answer inUse = client.delete("/filesystems/" + fileSystemId);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.errorCode()).isEqualTo("filesystems/filesystem-in-use");
        assertThat(client.get("/file-systems").data().get(0).get("is_in_use").asBoolean()).isTrue();

        client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + instanceId + "\"]}");
        simulator.advance(Duration.ofMinutes(1));
        assertThat(client.delete("/filesystems/" + fileSystemId).status()).isEqualTo(200);
    }

    @Test
    void firewallRulesPutWrapsData() {
        ApiClient.Answer put = client.put("/firewall-rules", "{\"data\":[" + RULE + "]}");
        ApiClient.Answer icmpWithPorts = client.put("/firewall-rules",
                "{\"data\":[{\"protocol\":\"icmp\",\"port_range\":[1,1],\"source_network\":\"0.0.0.0/0\",\"description\":\"x\"}]}");

        assertThat(put.status()).isEqualTo(200);
        assertThat(client.get("/firewall-rules").data().get(0).get("port_range").get(1).asInt()).isEqualTo(22);
        assertThat(client.get("/firewall-rulesets/global").data().get("rules")).hasSize(1);
        assertThat(icmpWithPorts.status()).isEqualTo(400);
        assertThat(icmpWithPorts.errorCode()).isEqualTo("global/invalid-parameters");

        ApiClient.Answer patched = client.patch("/firewall-rulesets/global", "{\"rules\":[]}");
        assertThat(patched.data().get("id").asText()).isEqualTo("global");
        assertThat(client.get("/firewall-rules").data()).isEmpty();
    }

    @Test
    void rulesetInUseCannotBeDeleted() {
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        String rulesetId = client.post("/firewall-rulesets",
                "{\"name\":\"camel-web\",\"region\":\"us-east-1\",\"rules\":[" + RULE + "]}").data().get("id").asText();
        String instanceId = client.launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],
                 "firewall_rulesets":[{"id":"%s"}]}
                """.formatted(rulesetId));

        assertThat(client.get("/firewall-rulesets/" + rulesetId).data().get("instance_ids").get(0).asText())
                .isEqualTo(instanceId);
        ApiClient.Answer inUse = client.delete("/firewall-rulesets/" + rulesetId);
        assertThat(inUse.status()).isEqualTo(400);
        assertThat(inUse.errorCode()).isEqualTo("firewall-rulesets/firewall-ruleset-in-use");

        ApiClient.Answer renamed = client.patch("/firewall-rulesets/" + rulesetId, "{\"name\":\"camel-web-2\"}");
        assertThat(renamed.data().get("name").asText()).isEqualTo("camel-web-2");
        assertThat(renamed.data().get("rules")).hasSize(1);

        client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + instanceId + "\"]}");
        simulator.advance(Duration.ofMinutes(1));
        assertThat(client.delete("/firewall-rulesets/" + rulesetId).status()).isEqualTo(200);
        ApiClient.Answer missing = client.get("/firewall-rulesets/" + rulesetId);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("global/object-does-not-exist");
    }

    @Test
    void auditEventsPageThroughAllEvents() {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            client.post("/filesystems", "{\"name\":\"" + name + "\",\"region\":\"us-east-1\"}");
            simulator.advance(Duration.ofMinutes(1));
        }

        List<String> resources = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        String token = null;
        do {
            ApiClient.Answer page = client.get("/audit-events" + (token == null ? "" : "?page_token=" + token));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.data().size()).isLessThanOrEqualTo(2);
            page.data().forEach(event -> resources.add(event.get("additional_details").get("name").asText()));
            JsonNode next = page.json().get("page_token");
            assertThat(next).isNotNull();
            token = next.isNull() ? null : next.asText();
            tokens.add(token);
        } while (token != null);

        assertThat(resources).containsExactly("a", "b", "c", "d", "e");
        assertThat(tokens).hasSize(3);
    }

    @Test
    void auditEventsFilterByTimeAndType() {
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client.post("/filesystems", "{\"name\":\"early\",\"region\":\"us-east-1\"}");
        simulator.advance(Duration.ofHours(1));
        client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        JsonNode late = client.get("/audit-events?start=2026-01-01T00:30:00Z").data();
        JsonNode instances = client.get("/audit-events?resource_type=cloud.instance").data();
        ApiClient.Answer badToken = client.get("/audit-events?page_token=garbage");

        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("resource_name").asText()).isEqualTo("instance");
        assertThat(late.get(0).get("event_time").asText()).isEqualTo("2026-01-01T01:00:00.000000Z");
        assertThat(instances).hasSize(1);
        assertThat(instances.get(0).get("resource_lrns").get(0).asText()).startsWith("lrn:cloud:instance:");
        assertThat(badToken.status()).isEqualTo(400);
    }

    @Test
    void catalogShowsDefaultTypesAndRegions() {
        JsonNode types = client.get("/instance-types").data();
        JsonNode regions = client.get("/regions").data();
        JsonNode images = client.get("/images").data();

        assertThat(types.get("cpu_4x_general").get("instance_type").get("gpu_description").asText()).isEqualTo("N/A");
        assertThat(types.get("cpu_4x_general").get("instance_type").get("specs").get("gpus").asInt()).isZero();
        assertThat(types.get("gpu_8x_h100_sxm5").get("instance_type").get("specs").get("gpus").asInt()).isEqualTo(8);
        assertThat(types.has("gpu_1x_gh200")).isTrue();
        assertThat(regions).hasSize(4);
        List<String> arm = new ArrayList<>();
        images.forEach(image -> {
            if (image.get("architecture").asText().equals("arm64")) {
                arm.add(image.get("region").get("name").asText());
            }
        });
        assertThat(arm).containsExactly("us-east-1", "us-west-1", "us-south-2", "europe-central-1");
    }

    @Test
    void unknownPathIsNotFound() {
        ApiClient.Answer answer = client.get("/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("global/not-found");
    }

    @Test
    void resetRestoresBuilderState() {
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        simulator.advance(Duration.ofMinutes(9));

        simulator.reset();

        assertThat(simulator.instances()).isEmpty();
        assertThat(simulator.requests()).isEmpty();
        assertThat(simulator.transitions()).isEmpty();
        assertThat(simulator.capacity("gpu_1x_a10", "us-east-1")).isEqualTo(3);
        assertThat(simulator.clock().now()).isEqualTo(simulator.clock().start());
        assertThat(client.get("/ssh-keys").data()).isEmpty();
    }
}
