package io.github.camellambdacloud.component;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.camellambdacloud.client.LambdaCloudClient;
import io.github.camellambdacloud.client.LambdaCloudException;
import io.github.camellambdacloud.client.LaunchRequest;
import io.github.camellambdacloud.client.RetryPolicy;
import io.github.camellambdacloud.simulator.Fault;
import io.github.camellambdacloud.simulator.FaultRule;
import io.github.camellambdacloud.simulator.LambdaCloudSimulator;
import io.github.camellambdacloud.simulator.RecordedRequest;
import io.github.camellambdacloud.simulator.StateTransition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches the simulator while a driver launches and terminates instances, with a seeded share of the list requests
 * failing and one consumer restart halfway, then compares the emitted events per instance with the simulator's
 * record of transitions. Runs for {@code soak.duration} (an ISO-8601 duration, default 30 s).
 *
 * <p>The comparison rule, per instance. The true sequence is booting, active (unless terminated while booting),
 * terminating, terminated and removed, from {@code transitions()}. The emitted sequence maps each event to its
 * status, and INSTANCE_DISAPPEARED to removed.
 * <ul>
 *   <li>Spurious: an emitted status that is not in the true sequence, or that comes before one emitted earlier.
 *   <li>Duplicate: the same status emitted twice, or a STATUS_CHANGED whose previous status is not the status
 *       emitted before it.
 *   <li>Lost: a true status during which some list request returned 200 at least {@value #EDGE_MILLIS} ms after it
 *       began and before it ended, without an event for it. A status no successful poll saw may be skipped
 *       legitimately, as may one seen only at its edges, because the simulator applies due transitions up to 50 ms
 *       late. Removal must always be emitted, because the test waits for it.
 * </ul>
 */
class InstanceConsumerSoakTest extends CamelTestSupport {

    private static final String API_KEY = "soak-test-key";
    private static final long EDGE_MILLIS = 60;
    private static final String LIST_PATH = "/api/v1/instances";
    private static final String REMOVED = "removed";
    private static final int MAX_ALIVE = 6;

    @TempDir
    Path stateDirectory;

    private LambdaCloudSimulator simulator;
    private final List<Observed> events = new CopyOnWriteArrayList<>();

    record Observed(String instanceId, String type, String previous, String status) {}

    @Override
    protected void doPreSetup() throws Exception {
        simulator = LambdaCloudSimulator.builder()
                .apiKey(API_KEY)
                .timeScale(60)
                .bootTime(Duration.ofMinutes(3))
                .terminateTime(Duration.ofSeconds(30))
                .lingerTime(Duration.ofMinutes(2))
                .maxInstances(MAX_ALIVE + 4)
                .capacity("cpu_4x_general", "us-east-1", 1_000)
                .seed(7)
                .build()
                .start();
        simulator.addSshKey("camel-key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample camel@host");
        simulator.faults().add(FaultRule.matching("GET", "/instances", Fault.closeConnection()).withShare(0.03));
        simulator.faults().add(FaultRule.matching("GET", "/instances", Fault.htmlPage(503)).withShare(0.02));
    }

    @Override
    protected void doPostTearDown() throws Exception {
        simulator.close();
    }

    @Test
    void eventsMatchTransitionsUnderFaults() throws Exception {
        Duration duration = Duration.parse(System.getProperty("soak.duration", "PT30S"));
        context.getRegistry().bind("state",
                FileStateRepository.fileStateRepository(stateDirectory.resolve("state.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lambdacloud:instances?apiKey=" + API_KEY + "&baseUrl=" + simulator.baseUrl()
                        + "&delay=100&initialDelay=0&requestInterval=0&launchInterval=0&retryMaxAttempts=1"
                        + "&maxConfirmationsPerPoll=10&stateRepository=#state")
                        .routeId("watch")
                        .process(exchange -> events.add(new Observed(
                                exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.EVENT_TYPE, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.PREVIOUS_STATUS, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.STATUS, String.class))));
            }
        });

        long started = System.nanoTime();
        try (LambdaCloudClient client = LambdaCloudClient.builder().apiKey(API_KEY).baseUrl(simulator.baseUrl())
                .requestInterval(Duration.ZERO).launchInterval(Duration.ZERO).retryPolicy(RetryPolicy.NONE)
                .build()) {
            Driver driver = new Driver(client);
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
            scheduler.scheduleWithFixedDelay(driver::step, 0, 150, TimeUnit.MILLISECONDS);
            try {
                await().pollDelay(duration.dividedBy(2)).atMost(duration).until(() -> true);
                context.getRouteController().stopRoute("watch");
                context.getRouteController().startRoute("watch");
                await().pollDelay(duration.dividedBy(2)).atMost(duration).until(() -> true);
            } finally {
                scheduler.shutdown();
                assertTrue(scheduler.awaitTermination(10, TimeUnit.SECONDS), "driver stopped");
            }
            driver.terminateAll();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> simulator.instances().isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> removedEvents() == launchedIds().size());
        context.getRouteController().stopRoute("watch");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Comparison comparison = compare();
        List<RecordedRequest> polls = simulator.requests().stream()
                .filter(request -> request.method().equals("GET") && request.path().equals(LIST_PATH)).toList();
        long faulted = polls.stream().filter(request -> request.status() != 200).count();
        System.out.printf("soak: duration %d s, instances %d, transitions %d, events %d, polls %d,"
                + " faulted polls %d, lost %d, duplicate %d, spurious %d, cores %d%n", took.toSeconds(),
                launchedIds().size(), simulator.transitions().size(), events.size(), polls.size(), faulted,
                comparison.lost.size(), comparison.duplicate.size(), comparison.spurious.size(),
                Runtime.getRuntime().availableProcessors());

        assertTrue(launchedIds().size() >= 5, "instances launched: " + launchedIds().size());
        assertTrue(faulted > 0, "no fault was injected");
        assertEquals(List.of(), comparison.lost, "lost events");
        assertEquals(List.of(), comparison.duplicate, "duplicate events");
        assertEquals(List.of(), comparison.spurious, "spurious events");
    }

    private List<String> launchedIds() {
        return simulator.transitions().stream().filter(transition -> transition.from() == null)
                .map(StateTransition::instanceId).distinct().toList();
    }

    private long removedEvents() {
        return events.stream().filter(event -> event.type().equals("INSTANCE_DISAPPEARED")).count();
    }

    private Comparison compare() {
        Comparison comparison = new Comparison();
        List<Instant> successfulPolls = simulator.requests().stream()
                .filter(request -> request.method().equals("GET") && request.path().equals(LIST_PATH)
                        && request.status() == 200)
                .map(RecordedRequest::wallTime).toList();

        for (String id : launchedIds()) {
            Map<String, Instant[]> truth = new LinkedHashMap<>();
            String current = null;
            for (StateTransition transition : simulator.transitions()) {
                if (!transition.instanceId().equals(id)) {
                    continue;
                }
                if (current != null) {
                    truth.get(current)[1] = transition.wallTime();
                }
                current = transition.to() == null ? REMOVED : transition.to();
                truth.put(current, new Instant[] {transition.wallTime(), Instant.MAX});
            }
            List<String> order = new ArrayList<>(truth.keySet());

            List<Observed> emitted = events.stream().filter(event -> event.instanceId().equals(id)).toList();
            int lastPosition = -1;
            String lastStatus = null;
            for (Observed event : emitted) {
                String status = event.type().equals("INSTANCE_DISAPPEARED") ? REMOVED : event.status();
                int position = order.indexOf(status);
                if (status.equals(lastStatus)
                        || (event.type().equals("STATUS_CHANGED") && !event.previous().equals(lastStatus))) {
                    comparison.duplicate.add(id + " " + event + " after " + lastStatus);
                } else if (position <= lastPosition) {
                    comparison.spurious.add(id + " " + event + " not in " + order + " after " + lastStatus);
                }
                lastPosition = Math.max(lastPosition, position);
                lastStatus = status;
            }

            List<String> emittedStatuses = emitted.stream()
                    .map(event -> event.type().equals("INSTANCE_DISAPPEARED") ? REMOVED : event.status()).toList();
            truth.forEach((status, window) -> {
                boolean seen = status.equals(REMOVED) || successfulPolls.stream().anyMatch(poll ->
                        poll.isAfter(window[0].plusMillis(EDGE_MILLIS))
                                && poll.isBefore(window[1].minusMillis(EDGE_MILLIS)));
                if (seen && !emittedStatuses.contains(status)) {
                    comparison.lost.add(id + " " + status + " in " + order + ", emitted " + emittedStatuses);
                }
            });
        }
        return comparison;
    }

    private static final class Comparison {

        final List<String> lost = new ArrayList<>();
        final List<String> duplicate = new ArrayList<>();
        final List<String> spurious = new ArrayList<>();
    }

    /** Keeps up to {@value #MAX_ALIVE} instances alive and terminates each after a random 1 to 5 s. */
    private static final class Driver {

        private final LambdaCloudClient client;
        private final Random random = new Random(11);
        private final Map<String, Long> deadlines = new ConcurrentHashMap<>();

        Driver(LambdaCloudClient client) {
            this.client = client;
        }

        void step() {
            try {
                long now = System.nanoTime();
                for (Map.Entry<String, Long> alive : deadlines.entrySet()) {
                    if (alive.getValue() <= now) {
                        deadlines.remove(alive.getKey());
                        client.terminateInstances(List.of(alive.getKey()));
                    }
                }
                if (deadlines.size() < MAX_ALIVE) {
                    String id = client.launchInstance(
                            LaunchRequest.builder("us-east-1", "cpu_4x_general", "camel-key").build())
                            .instanceIds().get(0);
                    deadlines.put(id, now + TimeUnit.MILLISECONDS.toNanos(1_000 + random.nextInt(4_000)));
                }
            } catch (LambdaCloudException e) {
                // The simulator injects faults only into GET /instances, so the driver's calls do not fail.
                throw new IllegalStateException("Driver call failed", e);
            }
        }

        void terminateAll() {
            if (!deadlines.isEmpty()) {
                client.terminateInstances(new ArrayList<>(deadlines.keySet()));
                deadlines.clear();
            }
        }
    }
}
