package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LambdaCloudSimulatorExtensionTest {

    @RegisterExtension
    static final LambdaCloudSimulatorExtension SIMULATOR = new LambdaCloudSimulatorExtension(
            LambdaCloudSimulator.builder().apiKey("extension-key").manualClock())
            .resetBeforeEach();

    @Test
    @Order(1)
    void extensionStartsSimulator() {
        ApiClient client = new ApiClient(SIMULATOR.baseUrl(), "Bearer extension-key");

        ApiClient.Answer created = client.post("/ssh-keys",
                "{\"name\":\"k\",\"public_key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample a@b\"}");

        assertThat(SIMULATOR.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api/v1");
        assertThat(created.status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void resetBeforeEachClearsState() {
        ApiClient client = new ApiClient(SIMULATOR.baseUrl(), "Bearer extension-key");

        assertThat(client.get("/ssh-keys").data()).isEmpty();
        assertThat(SIMULATOR.simulator().requests()).hasSize(1);
    }
}
