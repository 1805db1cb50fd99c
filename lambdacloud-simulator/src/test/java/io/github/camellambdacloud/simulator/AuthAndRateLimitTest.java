package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthAndRateLimitTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsBearerAndBothBasicForms() {
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder().apiKey("secret").manualClock().build().start()) {
            for (String authorization : new String[] {"Bearer secret", basic("secret:"), "Basic secret", "bearer secret"}) {
                ApiClient client = new ApiClient(simulator.baseUrl(), authorization);

                assertThat(client.get("/instances").status()).as(authorization).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Bearer wrong", "Basic d3Jvbmc6", "Token secret", "secret", "Basic c2VjcmV0OnBhc3M="})
    void rejectsOtherCredentials(String authorization) {
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder().apiKey("secret").manualClock().build().start()) {
            ApiClient.Answer answer = new ApiClient(simulator.baseUrl(), authorization).get("/instances");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).isEqualTo("application/json");
            assertThat(answer.errorCode()).isEqualTo("global/invalid-api-key");
            assertThat(answer.errorMessage()).isEqualTo("API key was invalid, expired, or deleted.");
            assertThat(answer.json().get("error").get("suggestion").asText())
                    .isEqualTo("Check your API key or create a new one, then try again.");
        }
    }

    @Test
    void generalLimitAllowsOneRequestPerSecond() {
        ManualWallClock wall = new ManualWallClock();
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .wallClock(wall)
                .generalRateLimit(true, 1)
                .build()
                .start()) {
            ApiClient client = new ApiClient(simulator);

            assertThat(client.get("/regions").status()).isEqualTo(200);
            ApiClient.Answer limited = client.get("/regions");
            wall.advance(Duration.ofMillis(999));
            ApiClient.Answer stillLimited = client.get("/regions");
            wall.advance(Duration.ofMillis(1));
            ApiClient.Answer allowed = client.get("/regions");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.errorCode()).isEqualTo("global/rate-limited");
            assertThat(stillLimited.status()).isEqualTo(429);
            assertThat(allowed.status()).isEqualTo(200);
        }
    }

    @Test
    void generalLimitBurstAllowsBackToBackRequests() {
        ManualWallClock wall = new ManualWallClock();
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .wallClock(wall)
                .generalRateLimit(true, 2)
                .build()
                .start()) {
            ApiClient client = new ApiClient(simulator);

            int first = client.get("/regions").status();
            int second = client.get("/regions").status();
            int third = client.get("/regions").status();

            assertThat(first).isEqualTo(200);
            assertThat(second).isEqualTo(200);
            assertThat(third).isEqualTo(429);
        }
    }

    @Test
    void launchLimitAllowsOneLaunchPerTwelveSeconds() {
        ManualWallClock wall = new ManualWallClock();
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .wallClock(wall)
                .rateLimits(true)
                .build()
                .start()) {
            simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
            ApiClient client = new ApiClient(simulator);
            String body = ApiClient.launchBody("cpu_4x_general", "us-east-1", "camel-key");

            ApiClient.Answer first = client.post("/instance-operations/launch", body);
            wall.advance(Duration.ofSeconds(11));
            ApiClient.Answer early = client.post("/instance-operations/launch", body);
            wall.advance(Duration.ofSeconds(1));
            ApiClient.Answer onTime = client.post("/instance-operations/launch", body);

            assertThat(first.status()).isEqualTo(200);
            assertThat(early.status()).isEqualTo(429);
            assertThat(early.errorCode()).isEqualTo("global/rate-limited");
            assertThat(onTime.status()).isEqualTo(200);
            assertThat(simulator.instances()).hasSize(2);
        }
    }

    @Test
    void rateLimitsAreOffByDefault() {
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder().manualClock().build().start()) {
            ApiClient client = new ApiClient(simulator);

            for (int i = 0; i < 20; i++) {
                assertThat(client.get("/regions").status()).isEqualTo(200);
            }
        }
    }
}
