package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScaledRateLimitTest {

    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host";

    @Test
    void scaledIntervalsApplyToBothLimits() {
        ManualWallClock wall = new ManualWallClock();
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .wallClock(wall)
                .rateLimits(true)
                .generalRateLimit(true, 1)
                .rateLimitIntervals(Duration.ofMillis(40), Duration.ofMillis(200))
                .build()
                .start()) {
            simulator.addSshKey("camel-key", KEY);
            ApiClient client = new ApiClient(simulator);
            String body = ApiClient.launchBody("cpu_4x_general", "us-east-1", "camel-key");

            int first = client.post("/instance-operations/launch", body).status();
            wall.advance(Duration.ofMillis(40));
            int earlyLaunch = client.post("/instance-operations/launch", body).status();
            int earlyRequest = client.get("/regions").status();
            wall.advance(Duration.ofMillis(160));
            int onTime = client.post("/instance-operations/launch", body).status();

            assertThat(first).isEqualTo(200);
            assertThat(earlyLaunch).isEqualTo(429);
            assertThat(earlyRequest).isEqualTo(429);
            assertThat(onTime).isEqualTo(200);
        }
    }

    @Test
    void launchBurstAllowsBackToBackLaunches() {
        ManualWallClock wall = new ManualWallClock();
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .wallClock(wall)
                .launchRateLimit(true, 2)
                .build()
                .start()) {
            simulator.addSshKey("camel-key", KEY);
            ApiClient client = new ApiClient(simulator);
            String body = ApiClient.launchBody("cpu_4x_general", "us-east-1", "camel-key");

            int first = client.post("/instance-operations/launch", body).status();
            int second = client.post("/instance-operations/launch", body).status();
            int third = client.post("/instance-operations/launch", body).status();

            assertThat(first).isEqualTo(200);
            assertThat(second).isEqualTo(200);
            assertThat(third).isEqualTo(429);
        }
    }

    @Test
    void zeroIntervalIsRejected() {
        LambdaCloudSimulator.Builder builder = LambdaCloudSimulator.builder();

        assertThatThrownBy(() -> builder.rateLimitIntervals(Duration.ZERO, Duration.ofSeconds(12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("request interval");
    }
}
