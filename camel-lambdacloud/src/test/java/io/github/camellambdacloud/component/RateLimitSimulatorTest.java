package io.github.camellambdacloud.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import io.github.camellambdacloud.simulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Launches queued from several threads through the component stay within the simulator's enforced limits. Both
 * sides run the documented 1 s and 12 s limits 25 and 60 times faster, at 40 ms and 200 ms, so 50 launches take
 * about 10 s.
 *
 * <p>The client's limiter hands out slots at exact interval multiples, and a request leaves when its thread wakes,
 * a little after its slot. When one request is late and the next one is on time they arrive less than one interval
 * apart. A token bucket with a burst of 1 rejects that second request, so the simulator's launch limit here has a
 * burst of 2, which absorbs any lateness shorter than one interval.
 */
class RateLimitSimulatorTest extends CamelTestSupport {

    private static final String API_KEY = "rate-limit-test-key";
    private static final Duration REQUEST_INTERVAL = Duration.ofMillis(40);
    private static final Duration LAUNCH_INTERVAL = Duration.ofMillis(200);
    private static final int LAUNCHES = 50;
    private static final int SENDERS = 5;
    private static final int LAUNCH_BURST = Integer.getInteger("rateLimitTest.launchBurst", 2);
    private static final String LAUNCH_PATH = "/api/v1/instance-operations/launch";

    private LambdaCloudSimulator simulator;

    private void startSimulator() {
        simulator = LambdaCloudSimulator.builder()
                .apiKey(API_KEY)
                .manualClock()
                .rateLimits(true)
                .launchRateLimit(true, LAUNCH_BURST)
                .rateLimitIntervals(REQUEST_INTERVAL, LAUNCH_INTERVAL)
                .maxInstances(LAUNCHES)
                .capacity("cpu_4x_general", "us-east-1", LAUNCHES)
                .build()
                .start();
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
    }

    private void stopSimulator() {
        simulator.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:launch").to("lambdacloud:instances?operation=launch&apiKey=" + API_KEY
                        + "&baseUrl=" + simulator.baseUrl() + "&requestInterval=" + REQUEST_INTERVAL.toMillis()
                        + "&launchInterval=" + LAUNCH_INTERVAL.toMillis() + "&retryMaxAttempts=1"
                        + "&regionName=us-east-1&instanceTypeName=cpu_4x_general&sshKeyName=camel-key");
            }
        };
    }

    @Override
    protected void doPreSetup() throws Exception {
        // The route needs the simulator's port, so the simulator starts before the context.
        startSimulator();
    }

    @Override
    protected void doPostTearDown() throws Exception {
        stopSimulator();
    }

    @Test
    void queuedLaunchesGetNoRateLimitErrors() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long started = System.nanoTime();
        List<Future<Exchange>> results = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        try {
            for (int i = 0; i < LAUNCHES; i++) {
                results.add(senders.submit(() -> template.send("direct:launch", exchange -> { })));
            }
            for (Future<Exchange> result : results) {
                if (result.get().getException() != null) {
                    failures.add(result.get().getException());
                }
            }
        } finally {
            senders.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        List<RecordedRequest> launches = simulator.requests().stream()
                .filter(request -> request.path().equals(LAUNCH_PATH))
                .toList();
        long rejected = simulator.requests().stream().filter(request -> request.status() == 429).count();
        Duration closest = closestSpacing(launches);
        System.out.printf("rate limits: %d launches in %d ms, closest launch spacing %d ms, %d rejected,"
                + " launch burst %d%n", launches.size(), elapsed.toMillis(), closest.toMillis(), rejected,
                LAUNCH_BURST);

        assertEquals(List.of(), failures, "failed launches");
        assertEquals(0, rejected, "requests rejected with 429");
        assertEquals(LAUNCHES, launches.size(), "launch requests received");
        assertEquals(LAUNCHES, simulator.instances().size(), "instances launched");
        assertTrue(elapsed.compareTo(LAUNCH_INTERVAL.multipliedBy(LAUNCHES - 1)) >= 0, "elapsed " + elapsed);
    }

    private static Duration closestSpacing(List<RecordedRequest> requests) {
        Duration closest = null;
        for (int i = 1; i < requests.size(); i++) {
            Duration spacing = Duration.between(requests.get(i - 1).wallTime(), requests.get(i).wallTime());
            if (closest == null || spacing.compareTo(closest) < 0) {
                closest = spacing;
            }
        }
        return closest == null ? Duration.ZERO : closest;
    }
}
