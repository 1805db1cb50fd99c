package io.github.camellambdacloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
