package io.github.camellambdacloud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void concurrentLaunchesNeverOversellCapacity() throws Exception {
        try (LambdaCloudSimulator simulator = LambdaCloudSimulator.builder()
                .manualClock()
                .capacity("gpu_1x_a10", "us-east-1", 5)
                .maxInstances(100)
                .build()
                .start()) {
            simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
            ApiClient client = new ApiClient(simulator);
            String body = ApiClient.launchBody("gpu_1x_a10", "us-east-1", "camel-key");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    Callable<Integer> launch = () -> client.post("/instance-operations/launch", body).status();
                    results.add(pool.submit(launch));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }

                assertThat(statuses.stream().filter(status -> status == 200)).hasSize(5);
                assertThat(statuses.stream().filter(status -> status == 400)).hasSize(15);
                assertThat(simulator.instances()).hasSize(5);
                assertThat(simulator.capacity("gpu_1x_a10", "us-east-1")).isZero();
                assertThat(simulator.requests()).hasSize(20);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
