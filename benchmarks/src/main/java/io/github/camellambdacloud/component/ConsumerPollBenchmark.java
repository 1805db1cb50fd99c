package io.github.camellambdacloud.component;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camellambdacloud.benchmarks.BenchmarkRoutes;
import io.github.camellambdacloud.benchmarks.Fleet;
import io.github.camellambdacloud.benchmarks.RawApiClient;
import io.github.camellambdacloud.client.Instance;
import io.github.camellambdacloud.client.JsonMapping;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The instance consumer's poll without HTTP, at three fleet sizes: parsing the {@code GET /instances} body, and the
 * consumer's work on the parsed list (diff against the snapshot, new snapshot, one exchange per change through a
 * processor that does nothing). It lives in the component's package because that work is package-private.
 *
 * <p>Polls alternate between an all-active fleet and one with some instances changed, so every poll contains the same
 * number of status changes: one in a hundred instances for {@link #pollOnePercentChanged}, every instance for
 * {@link #pollAllChanged}. As in a real poll, each poll compares a list parsed just before it; the parse runs in an
 * untimed setup step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@State(Scope.Benchmark)
public class ConsumerPollBenchmark {

    private static final Map<String, byte[]> BODIES = new ConcurrentHashMap<>();

    @Param({"1000", "10000", "50000"})
    public int instances;

    private byte[] allActive;
    private byte[] onePercentUnhealthy;
    private byte[] allUnhealthy;
    private ObjectReader listReader;
    private CamelContext context;
    private LambdaCloudInstanceConsumer consumer;
    private final LongAdder processed = new LongAdder();

    @Setup(Level.Trial)
    public void start() throws Exception {
        allActive = body(instances, "active", index -> "active");
        onePercentUnhealthy = body(instances, "one percent unhealthy",
                index -> index % 100 == 0 ? "unhealthy" : "active");
        allUnhealthy = body(instances, "unhealthy", index -> "unhealthy");
        listReader = JsonMapping.newObjectMapper().readerFor(RawApiClient.InstanceList.class);

        context = new DefaultCamelContext();
        context.start();
        // No request reaches this address: the benchmark hands the consumer its lists directly.
        LambdaCloudEndpoint endpoint = context.getEndpoint(BenchmarkRoutes.lambdaCloudUri("http://127.0.0.1:9/api/v1",
                "instances?startScheduler=false"), LambdaCloudEndpoint.class);
        consumer = (LambdaCloudInstanceConsumer) endpoint.createConsumer(exchange -> processed.increment());
        consumer.start();
        poll(parse(allActive));

        int changed = poll(parse(onePercentUnhealthy));
        poll(parse(allActive));
        if (changed != instances / 100 || processed.sum() != 2L * changed) {
            throw new IllegalStateException("Expected " + instances / 100 + " exchanges from a poll with one percent"
                    + " changed and back, got " + changed + " and " + processed.sum() + " processed in total");
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        consumer.stop();
        context.close();
    }

    /** Parses the body as the client does, with the same Jackson configuration into the same records. */
    @Benchmark
    public List<Instance> parse() throws IOException {
        return parse(allActive);
    }

    @Benchmark
    public int pollOnePercentChanged(OnePercentChanged next) {
        return poll(next.list);
    }

    @Benchmark
    public int pollAllChanged(AllChanged next) {
        return poll(next.list);
    }

    int poll(List<Instance> list) {
        return consumer.emitChanges(consumer.getEndpoint().getClient(), list);
    }

    /** Emits the events without comparing any list: the exchanges a poll creates, alone. */
    int emit(List<InstanceEvent> events) {
        return consumer.emit(events, Instant.now()).emitted();
    }

    /** Returns one status change per instance, from active to unhealthy, as {@link #pollAllChanged} finds them. */
    List<InstanceEvent> everyInstanceChanged() throws IOException {
        List<Instance> before = parse(allActive);
        List<Instance> after = parse(allUnhealthy);
        List<InstanceEvent> events = new ArrayList<>(after.size());
        for (int i = 0; i < after.size(); i++) {
            events.add(InstanceEvent.statusChanged(before.get(i), after.get(i)));
        }
        return events;
    }

    private List<Instance> parse(byte[] json) throws IOException {
        return listReader.<RawApiClient.InstanceList>readValue(json).data();
    }

    /**
     * Returns the list body of this size and kind, built once per JVM: the paired ratios start several fixtures of
     * one size, and bodies of 50,000 instances take 55 MB each.
     */
    private static byte[] body(int size, String kind, IntFunction<String> statusOf) {
        return BODIES.computeIfAbsent(size + " " + kind, key -> Fleet.listBody(size, statusOf));
    }

    /**
     * The list the next poll compares with the snapshot: every other one is the all-active fleet. It is dropped after
     * the poll, as a real poll drops it, so that the garbage collector does not copy it into the old generation.
     */
    public abstract static class NextList {

        List<Instance> list;
        private boolean changed;

        @Setup(Level.Invocation)
        public void parseNext(ConsumerPollBenchmark fleet) throws IOException {
            changed = !changed;
            list = fleet.parse(changed ? changedBody(fleet) : fleet.allActive);
        }

        @TearDown(Level.Invocation)
        public void drop() {
            list = null;
        }

        abstract byte[] changedBody(ConsumerPollBenchmark fleet);
    }

    @State(Scope.Thread)
    public static class OnePercentChanged extends NextList {

        @Override
        byte[] changedBody(ConsumerPollBenchmark fleet) {
            return fleet.onePercentUnhealthy;
        }
    }

    @State(Scope.Thread)
    public static class AllChanged extends NextList {

        @Override
        byte[] changedBody(ConsumerPollBenchmark fleet) {
            return fleet.allUnhealthy;
        }
    }
}
