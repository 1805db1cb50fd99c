package io.github.camellambdacloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisioningExampleTest {

    @TempDir
    Path jobsDirectory;

    @ParameterizedTest
    @ValueSource(strings = {"java", "yaml"})
    void flowRunsEveryStepInOrder(String dsl) throws Exception {
        ExampleOptions options =
                new ExampleOptions(dsl, jobsDirectory, null, false, "example-key", false, Duration.ofSeconds(120));

        List<String> steps = ProvisioningExample.run(options);

        assertThat(steps).containsExactly(
                "job-42:received", "job-42:launched", "job-42:active", "job-42:terminated", "job-42:gone");
        assertThat(jobsDirectory.resolve("done/job-42.json")).exists();
        assertThat(Files.list(jobsDirectory.resolve("inbox"))).isEmpty();
    }

    @Test
    void timeLimitTerminatesBootingInstance() throws Exception {
        // A manual clock keeps the instance booting, so the limit is reached while the job is unfinished.
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder().manualClock().build().start()) {
            simulator.addSshKey("example-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample example");
            ExampleOptions options =
                    new ExampleOptions("java", jobsDirectory, null, false, "example-key", false, Duration.ofSeconds(8));

            List<String> steps = ProvisioningExample.run(options, simulator);

            assertThat(steps).containsExactly(
                    "job-42:received", "job-42:launched", "job-42:terminated-at-stop");
            assertThat(simulator.instances()).singleElement()
                    .satisfies(instance -> assertThat(instance.status()).isEqualTo("terminating"));
        }
    }

    @Test
    void keepRunningHasNoDefaultLimit() {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--keep-running"}, Map.of());

        assertThat(options.maxDuration()).isNull();
    }

    @Test
    void keepRunningTakesExplicitLimit() {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--keep-running", "--max-seconds=60"}, Map.of());

        assertThat(options.maxDuration()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void defaultLimitIs180Seconds() {
        ExampleOptions options = ExampleOptions.parse(new String[0], Map.of());

        assertThat(options.maxDuration()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void jobWithoutCommandNamesJobAndField() {
        String json = """
                {"jobId": "job-9", "instanceTypes": ["gpu_1x_a10"]}""";

        assertThatThrownBy(() -> new ObjectMapper().readValue(json, JobRequest.class))
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job-9")
                .hasMessageContaining("Missing command")
                .hasMessageContaining("such as \"nvidia-smi\"");
    }

    @Test
    void jobWithBlankEntriesRejected() {
        assertThatThrownBy(() -> new JobRequest("job-9", Arrays.asList("gpu_1x_a10", null), List.of(), "nvidia-smi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job-9")
                .hasMessageContaining("instanceTypes");
        assertThatThrownBy(() -> new JobRequest("job-9", List.of("gpu_1x_a10"), List.of(" "), "nvidia-smi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job-9")
                .hasMessageContaining("regions");
        assertThatThrownBy(() -> new JobRequest("job-9", List.of("gpu_1x_a10"), null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Missing command in job job-9");
    }

    @Test
    void realApiNeedsSshKeyName() {
        assertThatThrownBy(() -> ExampleOptions.parse(
                        new String[] {"--real-api"}, Map.of("LAMBDACLOUD_API_KEY", "secret-key")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LAMBDACLOUD_SSH_KEY_NAME");
    }

    @Test
    void optionsWithoutKeyUseSimulator() {
        ExampleOptions options = ExampleOptions.parse(new String[] {"--dsl=yaml"}, Map.of());

        assertThat(options.usesSimulator()).isTrue();
        assertThat(options.dsl()).isEqualTo("yaml");
    }

    @Test
    void unknownArgumentShowsUsage() {
        assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--launch-now"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--launch-now")
                .hasMessageContaining("Usage:");
    }

    @Test
    void invalidMaxSecondsShowsValue() {
        assertThatThrownBy(() -> ExampleOptions.parse(new String[] {"--max-seconds=soon"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--max-seconds=soon")
                .hasMessageContaining("positive whole number");
    }

    @Test
    void optionsNeverShowApiKey() {
        ExampleOptions options = ExampleOptions.parse(
                new String[] {"--real-api"},
                Map.of("LAMBDACLOUD_API_KEY", "secret-key-123", "LAMBDACLOUD_SSH_KEY_NAME", "mine"));

        assertThat(options.toString()).doesNotContain("secret-key-123");
    }
}
