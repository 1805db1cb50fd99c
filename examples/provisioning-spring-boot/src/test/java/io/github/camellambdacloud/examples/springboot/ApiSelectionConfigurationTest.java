package io.github.camellambdacloud.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import org.apache.camel.spi.ComponentCustomizer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which API the example selects for each combination of API key and {@code example.real-api}. */
class ApiSelectionConfigurationTest {

    private final ApplicationContextRunner contextRunner =
            new ApplicationContextRunner().withUserConfiguration(ApiSelectionConfiguration.class);

    @Test
    void noKeyStartsSimulator() {
        contextRunner.run(context -> {
            assertThat(context).hasSingleBean(LambdaCloudSimulator.class);
            assertThat(context).hasSingleBean(ComponentCustomizer.class);
        });
    }

    @Test
    void keyWithoutRealApiFailsStartup() {
        contextRunner
                .withPropertyValues(ApiSelectionConfiguration.API_KEY_PROPERTY + "=secret-key-123")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("example.real-api=true");
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageNotContaining("secret-key-123");
                });
    }

    @Test
    void realApiNeedsSshKeyName() {
        contextRunner
                .withPropertyValues(ApiSelectionConfiguration.API_KEY_PROPERTY + "=secret-key-123",
                        "example.real-api=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("example.ssh-key-name");
                });
    }

    @Test
    void realApiStartsWithoutSimulator() {
        contextRunner
                .withPropertyValues(ApiSelectionConfiguration.API_KEY_PROPERTY + "=secret-key-123",
                        "example.real-api=true", "example.ssh-key-name=my-key", "example.poll-delay=10000")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(LambdaCloudSimulator.class);
                });
    }
}
