package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchValidationTest {

    private LambdaCloudSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void startSimulator() {
        simulator = LambdaCloudSimulator.builder().apiKey("secret").manualClock().build().start();
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client = new ApiClient(simulator);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private ApiClient.Answer launch(String json) {
        return client.post("/instance-operations/launch", json);
    }

    private static List<String> regionNames(JsonNode item) {
        List<String> names = new ArrayList<>();
        item.get("regions_with_capacity_available").forEach(region -> names.add(region.get("name").asText()));
        return names;
    }

    @Test
    void launchConsumesAndTerminationFreesCapacity() {
        simulator.capacity("gpu_1x_a100", "us-west-1", 1);
        assertThat(regionNames(client.get("/instance-types").data().get("gpu_1x_a100"))).contains("us-west-1");

        String id = client.launch(ApiClient.launchBody("gpu_1x_a100", "us-west-1", "camel-key"));
        assertThat(simulator.capacity("gpu_1x_a100", "us-west-1")).isZero();
        assertThat(regionNames(client.get("/instance-types").data().get("gpu_1x_a100"))).doesNotContain("us-west-1");

        ApiClient.Answer second = launch(ApiClient.launchBody("gpu_1x_a100", "us-west-1", "camel-key"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.errorCode()).isEqualTo("instance-operations/launch/insufficient-capacity");
        assertThat(second.json().get("error").get("suggestion").asText()).isNotBlank();

        client.post("/instance-operations/terminate", "{\"instance_ids\":[\"" + id + "\"]}");
        simulator.advance(Duration.ofMinutes(1));
        assertThat(simulator.capacity("gpu_1x_a100", "us-west-1")).isEqualTo(1);
        assertThat(regionNames(client.get("/instance-types").data().get("gpu_1x_a100"))).contains("us-west-1");
    }

    @Test
    void catalogLiesForNextLaunches() {
        simulator.catalogLies(2);

        ApiClient.Answer first = launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        ApiClient.Answer second = launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));
        ApiClient.Answer third = launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        assertThat(regionNames(client.get("/instance-types").data().get("gpu_1x_a10"))).contains("us-east-1");
        assertThat(first.errorCode()).isEqualTo("instance-operations/launch/insufficient-capacity");
        assertThat(second.errorCode()).isEqualTo("instance-operations/launch/insufficient-capacity");
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void quotaLimitsBillableInstances() {
        simulator.maxInstances(1);
        client.launch(ApiClient.launchBody("cpu_4x_general", "us-east-1", "camel-key"));

        ApiClient.Answer rejected = launch(ApiClient.launchBody("cpu_4x_general", "us-east-1", "camel-key"));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/quota-exceeded");
        assertThat(rejected.errorMessage()).isEqualTo("Quota exceeded.");
    }

    @Test
    void quantityAboveOneIsRejected() {
        ApiClient.Answer rejected = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],"quantity":2}
                """);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/invalid-parameters");
        assertThat(rejected.errorMessage()).isEqualTo("quantity: Input should be less than or equal to 1");
        assertThat(simulator.instances()).isEmpty();
    }

    @Test
    void exactlyOneSshKeyIsRequired() {
        simulator.addSshKey("second-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther other@host");

        ApiClient.Answer twoKeys = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key","second-key"]}
                """);
        ApiClient.Answer noKeys = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":[]}
                """);

        assertThat(twoKeys.status()).isEqualTo(400);
        assertThat(twoKeys.errorCode()).isEqualTo("global/invalid-parameters");
        assertThat(noKeys.status()).isEqualTo(400);
        assertThat(noKeys.errorCode()).isEqualTo("global/invalid-parameters");
    }

    @ParameterizedTest
    @CsvSource({
        "gpu_9x_imaginary, us-east-1, camel-key",
        "gpu_1x_a10, mars-north-1, camel-key",
        "gpu_1x_a10, us-east-1, missing-key"
    })
    void unknownLaunchResourceIsRejected(String type, String region, String key) {
        ApiClient.Answer rejected = launch(ApiClient.launchBody(type, region, key));

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/object-does-not-exist");
        assertThat(rejected.json().get("error").get("suggestion").asText()).isNotBlank();
    }

    @Test
    void fileSystemInOtherRegionIsRejected() {
        simulator.addFileSystem("west-data", "us-west-1");

        ApiClient.Answer rejected = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],
                 "file_system_names":["west-data"]}
                """);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("instance-operations/launch/file-system-in-wrong-region");
    }

    @Test
    void unknownFileSystemIsRejected() {
        ApiClient.Answer rejected = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_a10","ssh_key_names":["camel-key"],
                 "file_system_names":["nowhere"]}
                """);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/object-does-not-exist");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"name\":\"" + "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn" + "\"| name: String should have at most 64 characters",
        "\"hostname\":\"Bad_Host\"| hostname: String should match pattern",
        "\"tags\":[{\"key\":\"Owner\",\"value\":\"x\"}]| tags.0.key: String should match pattern",
        "\"file_system_mounts\":[{\"file_system_id\":\"00000000000000000000000000000000\",\"mount_point\":\"/etc\"}]| file_system_mounts.0.mount_point",
        "\"image\":{}| image: Specify either"
    })
    void invalidFieldIsRejected(String field, String expectedMessage) {
        ApiClient.Answer rejected = launch("{\"region_name\":\"us-east-1\",\"instance_type_name\":\"gpu_1x_a10\","
                + "\"ssh_key_names\":[\"camel-key\"]," + field + "}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/invalid-parameters");
        assertThat(rejected.errorMessage()).startsWith(expectedMessage);
    }

    @Test
    void imageFamilyMustMatchArchitecture() {
        ApiClient.Answer x86OnGraceHopper = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_gh200","ssh_key_names":["camel-key"],
                 "image":{"family":"lambda-stack-24-04"}}
                """);
        ApiClient.Answer armOnGraceHopper = launch("""
                {"region_name":"us-east-1","instance_type_name":"gpu_1x_gh200","ssh_key_names":["camel-key"],
                 "image":{"family":"lambda-stack-22-04"}}
                """);

        assertThat(x86OnGraceHopper.errorCode()).isEqualTo("global/object-does-not-exist");
        assertThat(armOnGraceHopper.status()).isEqualTo(200);
    }

    @Test
    void malformedIdIsInvalidParameter() {
        ApiClient.Answer shortId = client.get("/instances/abc");
        ApiClient.Answer unknownId = client.get("/instances/0123456789abcdef0123456789abcdef");

        assertThat(shortId.status()).isEqualTo(400);
        assertThat(shortId.errorCode()).isEqualTo("global/invalid-parameters");
        assertThat(shortId.errorMessage()).contains("expected length 32 for simple format, found 3");
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(unknownId.errorCode()).isEqualTo("global/object-does-not-exist");
    }

    @Test
    void clusterFilterChecksIdFormat() {
        client.launch(ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key"));

        ApiClient.Answer malformed = client.get("/instances?cluster_id=xyz");
        ApiClient.Answer wellFormed = client.get("/instances?cluster_id=0123456789abcdef0123456789abcdef");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorMessage()).startsWith("Error in query at 'cluster_id'");
        assertThat(wellFormed.status()).isEqualTo(200);
        assertThat(wellFormed.data()).isEmpty();
    }

    @Test
    void malformedJsonIsInvalidParameter() {
        ApiClient.Answer rejected = launch("{not json");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorCode()).isEqualTo("global/invalid-parameters");
    }
}
