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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
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
 *   <li>Lost: a true status that lasted from before the start to after the end of a poll the consumer completed,
 *       without an event for it. That poll's list request reached the simulator after the poll started, and its
 *       response came back before the poll ended, so the list contained the status. A status that no completed poll
 *       lies within may be skipped legitimately. Removal is lost when it is missing although the consumer emitted
 *       another event for the instance or completed a poll within the instance's life, because then the instance
 *       was in the consumer's snapshot.
 * </ul>
 *
 * <p>Both ends of a true status are the wall-clock times at which the simulator applied the transitions, and a
 * poll's ends are read from the same system clock. The simulator's record of a request is not used for this,
 * because it is stamped on arrival, before the simulator builds the list.
 */
class InstanceConsumerSoakTest extends CamelTestSupport {

    private static final String API_KEY = "soak-test-key";
    private static final String LIST_PATH = "/api/v1/instances";
    private static final String REMOVED = "removed";
    private static final int MAX_ALIVE = 6;

    @TempDir
    Path stateDirectory;

    private LambdaCloudSimulator simulator;
    private final List<Observed> events = new CopyOnWriteArrayList<>();
    private final PollRecorder polls = new PollRecorder();

    record Observed(String instanceId, String type, String previous, String status) {}

    /** The wall-clock start and end of one poll that completed without an exception. */
    record CompletedPoll(Instant started, Instant ended) {

        boolean liesWithin(Instant from, Instant to) {
            return started.isAfter(from) && ended.isBefore(to);
        }
    }

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
        context.getRegistry().bind("polls", polls);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("lambdacloud:instances?apiKey=" + API_KEY + "&baseUrl=" + simulator.baseUrl()
                        + "&delay=100&initialDelay=0&requestInterval=0&launchInterval=0&retryMaxAttempts=1"
                        + "&maxConfirmationsPerPoll=10&stateRepository=#state&pollStrategy=#polls")
                        .routeId("watch")
                        .process(exchange -> events.add(new Observed(
                                exchange.getMessage().getHeader(LambdaCloudConstants.INSTANCE_ID, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.EVENT_TYPE, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.PREVIOUS_STATUS, String.class),
                                exchange.getMessage().getHeader(LambdaCloudConstants.STATUS, String.class))));
            }
        });

        // The first completed poll takes the baseline and emits nothing, so the driver launches only after it.
        await().atMost(Duration.ofSeconds(30)).until(() -> !polls.completed().isEmpty());
        // On a starved machine the consumer may poll so rarely that the seeded share selects no request. This rule
        // therefore fails the first list request after the baseline that the seeded rules leave alone.
        simulator.faults().add(FaultRule.matching("GET", "/instances", Fault.closeConnection()).withTimes(1));

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
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(idsWithEvents(), idsWithEvents("INSTANCE_DISAPPEARED"), "instances not reported removed"));
        context.getRouteController().stopRoute("watch");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        Comparison comparison = compare();
        List<RecordedRequest> listRequests = simulator.requests().stream()
                .filter(request -> request.method().equals("GET") && request.path().equals(LIST_PATH)).toList();
        long faulted = listRequests.stream().filter(request -> request.status() != 200).count();
        System.out.printf("soak: duration %d s, instances %d, transitions %d, events %d, polls %d,"
                + " faulted polls %d, completed polls %d, lost %d, duplicate %d, spurious %d, cores %d%n",
                took.toSeconds(), launchedIds().size(), simulator.transitions().size(), events.size(),
                listRequests.size(), faulted, polls.completed().size(), comparison.lost.size(),
                comparison.duplicate.size(), comparison.spurious.size(), Runtime.getRuntime().availableProcessors());

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

    private Set<String> idsWithEvents() {
        return events.stream().map(Observed::instanceId).collect(Collectors.toSet());
    }

    private Set<String> idsWithEvents(String type) {
        return events.stream().filter(event -> event.type().equals(type)).map(Observed::instanceId)
                .collect(Collectors.toSet());
    }

    private Comparison compare() {
        Comparison comparison = new Comparison();
        List<CompletedPoll> completedPolls = polls.completed();

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
            Instant launched = truth.get(order.get(0))[0];
            Instant removed = truth.containsKey(REMOVED) ? truth.get(REMOVED)[0] : Instant.MAX;
            boolean inSnapshot = !emitted.isEmpty()
                    || completedPolls.stream().anyMatch(poll -> poll.liesWithin(launched, removed));
            truth.forEach((status, window) -> {
                boolean seen = status.equals(REMOVED)
                        ? inSnapshot
                        : completedPolls.stream().anyMatch(poll -> poll.liesWithin(window[0], window[1]));
                if (seen && !emittedStatuses.contains(status)) {
                    comparison.lost.add(id + " " + status + " in " + order + ", emitted " + emittedStatuses);
                }
            });
        }
        return comparison;
    }

    /**
     * Camel's default poll strategy, which also records when each completed poll started and ended. Camel calls
     * {@code begin} before the consumer's poll and {@code commit} after a poll that did not throw, both on the polling
     * thread.
     */
    private static final class PollRecorder extends DefaultPollingConsumerPollStrategy {

        private final ThreadLocal<Instant> started = new ThreadLocal<>();
        private final List<CompletedPoll> completed = new CopyOnWriteArrayList<>();

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            started.set(Instant.now());
            return super.begin(consumer, endpoint);
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            completed.add(new CompletedPoll(started.get(), Instant.now()));
            super.commit(consumer, endpoint, polledMessages);
        }

        List<CompletedPoll> completed() {
            return List.copyOf(completed);
        }
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
