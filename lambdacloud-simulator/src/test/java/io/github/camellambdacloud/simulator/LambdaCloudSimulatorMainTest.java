package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LambdaCloudSimulatorMainTest {

    @Test
    void parsesAllOptions() {
        try (LambdaCloudSimulator simulator = LambdaCloudSimulatorMain
                .parse(new String[] {"--port", "0", "--api-key", "cli-key", "--time-scale", "120", "--rate-limits"})
                .build()
                .start()) {
            ApiClient client = new ApiClient(simulator.baseUrl(), "Bearer cli-key");

            assertThat(simulator.apiKey()).isEqualTo("cli-key");
            assertThat(simulator.clock().factor()).isEqualTo(120.0);
            assertThat(client.get("/regions").status()).isEqualTo(200);
        }
    }

    @Test
    void defaultTimeScaleIsSixty() {
        LambdaCloudSimulator simulator = LambdaCloudSimulatorMain.parse(new String[0]).build();

        assertThat(simulator.clock().factor()).isEqualTo(60.0);
        assertThat(simulator.clock().isManual()).isFalse();
    }

    @Test
    void rejectsUnknownOptionAndMissingValue() {
        assertThatThrownBy(() -> LambdaCloudSimulatorMain.parse(new String[] {"--verbose"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown option --verbose");
        assertThatThrownBy(() -> LambdaCloudSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing value for --port");
        assertThatThrownBy(() -> LambdaCloudSimulatorMain.parse(new String[] {"--time-scale", "fast"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value 'fast' for --time-scale");
    }
}
