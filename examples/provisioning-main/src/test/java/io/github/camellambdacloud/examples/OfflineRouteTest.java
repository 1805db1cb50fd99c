package io.github.camellambdacloud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camellambdacloud.client.LaunchOutcome;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import io.github.camellambdacloud.simulator.LambdaCloudSimulatorExtension;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The offline route test of the README's "Test your own routes offline" section, kept here so that the snippet is
 * compiled and run: launch, see the instance active through the status consumer, terminate, see it gone.
 */
class OfflineRouteTest {

    @RegisterExtension
    static final LambdaCloudSimulatorExtension SIMULATOR = new LambdaCloudSimulatorExtension(
            LambdaCloudSimulator.builder().manualClock()).resetBeforeEach();

    @Test
    void consumerSeesInstanceActiveThenGone() throws Exception {
        LambdaCloudSimulator simulator = SIMULATOR.simulator();
        simulator.addSshKey("test-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@example");
        // No client-side spacing between requests in tests; the real API needs the defaults.
        String options = "baseUrl=" + SIMULATOR.baseUrl() + "&apiKey=" + simulator.apiKey()
                + "&requestInterval=0&launchInterval=0";
        BlockingQueue<String> events = new LinkedBlockingQueue<>();

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("lambdacloud:instances?initialDelay=0&delay=50&" + options)
                            .process(exchange -> events.add(
                                    exchange.getMessage().getHeader("CamelLambdaCloudEventType") + " "
                                    + exchange.getMessage().getHeader("CamelLambdaCloudStatus")));
                }
            });
            camel.start();
            // The consumer's first poll only takes the baseline, so change state after it.
            simulator.awaitRequests(request -> request.path().endsWith("/instances"), 1, Duration.ofSeconds(10));

            ProducerTemplate producer = camel.createProducerTemplate();
            LaunchOutcome launched = producer.requestBody("lambdacloud:instances?operation=launch&" + options,
                    LaunchRequest.builder("us-east-1", "gpu_1x_a10", "test-key").build(), LaunchOutcome.class);
            assertThat(awaitEvent(events, "INSTANCE_APPEARED booting")).isTrue();

            simulator.advance(Duration.ofMinutes(3));   // the simulator's default boot time
            assertThat(awaitEvent(events, "STATUS_CHANGED active")).isTrue();

            producer.sendBodyAndHeader("lambdacloud:instances?operation=terminate&" + options, null,
                    "CamelLambdaCloudInstanceIds", launched.instanceId());
            simulator.advance(Duration.ofMinutes(6));   // terminate time plus the time a terminated instance lingers
            assertThat(awaitEvent(events, "INSTANCE_DISAPPEARED")).isTrue();
        }
        assertThat(simulator.instances()).isEmpty();
    }

    /**
     * Waits for an event that starts with {@code expected}, such as {@code STATUS_CHANGED active}, and skips the
     * others. Returns false when none arrives within 10 s.
     */
    private static boolean awaitEvent(BlockingQueue<String> events, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            String event = events.poll(left, TimeUnit.NANOSECONDS);
            if (event != null && event.startsWith(expected)) {
                return true;
            }
        }
        return false;
    }
}
