package io.github.camellambdacloud.client;

import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import io.github.camellambdacloud.simulator.RecordedRequest;
import java.time.Duration;
import java.time.InstantSource;

/**
 * A simulator on a manual clock with a client that neither spaces nor delays requests, and a sleeper that moves the
 * simulator clock, so waits take no wall-clock time.
 */
final class SimulatedAccount implements AutoCloseable {

    static final String SSH_KEY = "camel-key";

    final LambdaCloudSimulator simulator;
    final LambdaCloudClient client;
    final InstantSource clock;
    final Sleeper sleeper;

    SimulatedAccount() {
        simulator = LambdaCloudSimulator.builder().manualClock().build().start();
        simulator.addSshKey(SSH_KEY, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        client = LambdaCloudClient.builder()
                .apiKey(simulator.apiKey())
                .baseUrl(simulator.baseUrl())
                .requestInterval(Duration.ZERO)
                .launchInterval(Duration.ZERO)
                .retryPolicy(new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 1.0, Duration.ofMinutes(1)))
                .build();
        clock = () -> simulator.clock().now();
        sleeper = simulator::advance;
    }

    InstanceLauncher.Builder launcher() {
        return InstanceLauncher.builder(client).clock(clock).sleeper(sleeper);
    }

    long count(String method, String path) {
        return simulator.requests().stream()
                .filter(request -> request.method().equals(method) && request.path().endsWith(path))
                .count();
    }

    long launchRequests() {
        return count("POST", "/instance-operations/launch");
    }

    static boolean isLaunch(RecordedRequest request) {
        return request.method().equals("POST") && request.path().endsWith("/instance-operations/launch");
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
        } finally {
            simulator.close();
        }
    }
}
