package io.github.camellambdacloud.component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellambdacloud.benchmarks.ListInstancesBenchmark;
import io.github.camellambdacloud.benchmarks.RoundTripBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures the ratios the targets are about in paired rounds, which outside load on a shared machine distorts less
 * than it distorts separate JMH forks. In each round every variant runs one short block of calls right after the
 * others, so a burst of outside load falls on neighbouring blocks alike. A ratio is computed per round, and the
 * median and interquartile range over the rounds are reported. It reuses the JMH benchmark classes as fixtures.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.camellambdacloud.component.PairedRatios OUTPUT.json [ROUNDS]
 * [GROUPS]}, where GROUPS is a comma-separated subset of {@code list,roundTrip,consumer} (default: all three).
 * Run it with {@code -Dsun.net.httpserver.nodelay=true} and a heap of at least 3 GB.
 */
public final class PairedRatios {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long WARMUP_NANOS = 15_000_000_000L;
    private static final int[] FLEET_SIZES = {1_000, 10_000, 50_000};
    private static final int TEN_FLEETS = 10;
    private static final String TEN_FLEETS_VARIANT = "pollOnePercentChanged@10x1000";
    private static final String EXCHANGES_VARIANT = "exchangesOnly@10000";
    private static final String ALL_GROUPS_ARGUMENT = "list,roundTrip,consumer";
    private static final Set<String> ALL_GROUPS = Set.of(ALL_GROUPS_ARGUMENT.split(","));

    /**
     * A call under test, a step before each call that is not timed (null for none), and the number of calls in one
     * block.
     */
    private record Variant(Call call, Call untimedStep, int callsPerBlock) {

        Variant(Call call, int callsPerBlock) {
            this(call, null, callsPerBlock);
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    private PairedRatios() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException(
                    "Missing output file: expected PairedRatios OUTPUT.json [ROUNDS] [GROUPS]");
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Set<String> groups = args.length > 2 ? Set.of(args[2].split(",")) : ALL_GROUPS;
        if (!ALL_GROUPS.containsAll(groups)) {
            throw new IllegalArgumentException("Invalid groups '" + args[2] + "': use a comma-separated subset of "
                    + ALL_GROUPS_ARGUMENT + ".");
        }
        // HTTP blocks take about 10 ms, consumer blocks up to a second, so HTTP variants get more rounds.
        int httpRounds = rounds * 5;
        ArrayNode results = MAPPER.createArrayNode();
        if (groups.contains("list")) {
            measureList(httpRounds, results);
        }
        if (groups.contains("roundTrip")) {
            measureRoundTrip(httpRounds, results);
        }
        if (groups.contains("consumer")) {
            measureConsumer(rounds, results);
        }
        Files.writeString(Path.of(args[0]), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results));
    }

    private static void measureList(int httpRounds, ArrayNode results) throws Exception {
        ListInstancesBenchmark list = new ListInstancesBenchmark();
        list.start();
        try {
            Map<String, Variant> variants = new LinkedHashMap<>();
            variants.put("transportOnly", new Variant(list::transportOnly, 20));
            variants.put("rawClient", new Variant(list::rawClient, 20));
            variants.put("lambdaCloudProducer", new Variant(list::lambdaCloudProducer, 20));
            variants.put("camelHttpRoute", new Variant(list::camelHttpRoute, 20));
            Map<String, double[]> nanos = measure(variants, httpRounds);
            results.add(ratio("list 100: lambdaCloudProducer / rawClient", nanos, "lambdaCloudProducer", "rawClient",
                    1.05));
            results.add(ratio("list 100: lambdaCloudProducer / camelHttpRoute", nanos, "lambdaCloudProducer",
                    "camelHttpRoute", 0.95));
            results.add(ratio("list 100: rawClient / transportOnly", nanos, "rawClient", "transportOnly", Double.NaN));
        } finally {
            list.stop();
        }
    }

    private static void measureRoundTrip(int httpRounds, ArrayNode results) throws Exception {
        RoundTripBenchmark roundTrip = new RoundTripBenchmark();
        roundTrip.start();
        try {
            Map<String, Variant> variants = new LinkedHashMap<>();
            variants.put("rawClient", new Variant(roundTrip::rawClient, 10));
            variants.put("lambdaCloudProducer", new Variant(roundTrip::lambdaCloudProducer, 10));
            variants.put("rawClientInCamel", new Variant(roundTrip::rawClientInCamel, 10));
            Map<String, double[]> nanos = measure(variants, httpRounds);
            results.add(ratio("launch + get + terminate: lambdaCloudProducer / rawClient", nanos,
                    "lambdaCloudProducer", "rawClient", 1.05));
            results.add(ratio("launch + get + terminate: rawClientInCamel / rawClient (Camel's share)", nanos,
                    "rawClientInCamel", "rawClient", Double.NaN));
            results.add(ratio("launch + get + terminate: lambdaCloudProducer / rawClientInCamel (the connector's"
                    + " share)", nanos, "lambdaCloudProducer", "rawClientInCamel", Double.NaN));
        } finally {
            roundTrip.stop();
        }
    }

    private static void measureConsumer(int rounds, ArrayNode results) throws Exception {
        List<ConsumerPollBenchmark> fixtures = new ArrayList<>();
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (int size : FLEET_SIZES) {
            // An even number of polls per block, so each block starts from the all-active snapshot.
            int callsPerBlock = Math.max(2, 20_000 / size);
            variants.put("parse@" + size, new Variant(fixture(size, fixtures)::parse, callsPerBlock));
            variants.put("pollOnePercentChanged@" + size,
                    polls(List.of(fixture(size, fixtures)), ConsumerPollBenchmark.OnePercentChanged::new,
                            callsPerBlock));
            variants.put("pollAllChanged@" + size,
                    polls(List.of(fixture(size, fixtures)), ConsumerPollBenchmark.AllChanged::new, callsPerBlock));
        }
        // Ten fleets of 1,000 polled in turn: polls of 1,000 instances whose data takes the memory of 10,000.
        List<ConsumerPollBenchmark> tenFleets = new ArrayList<>();
        for (int i = 0; i < TEN_FLEETS; i++) {
            tenFleets.add(fixture(FLEET_SIZES[0], fixtures));
        }
        variants.put(TEN_FLEETS_VARIANT,
                polls(tenFleets, ConsumerPollBenchmark.OnePercentChanged::new, 2 * TEN_FLEETS));
        // The exchanges of pollAllChanged at 10,000 without the diff: Camel's share of that poll.
        ConsumerPollBenchmark exchangesFleet = fixture(10_000, fixtures);
        List<InstanceEvent> everyInstanceChanged = exchangesFleet.everyInstanceChanged();
        variants.put(EXCHANGES_VARIANT, new Variant(() -> exchangesFleet.emit(everyInstanceChanged), 2));

        try {
            Map<String, double[]> nanos = measure(variants, rounds);
            for (String poll : List.of("pollOnePercentChanged", "pollAllChanged")) {
                for (int size : FLEET_SIZES) {
                    results.add(ratio("consumer " + size + ": " + poll + " / parse", nanos, poll + "@" + size,
                            "parse@" + size, size == 10_000 ? 0.25 : Double.NaN));
                }
            }
            for (String benchmark : List.of("parse", "pollOnePercentChanged", "pollAllChanged")) {
                results.add(perInstanceRatio(benchmark, 10_000, 1_000, nanos));
                results.add(perInstanceRatio(benchmark, 50_000, 1_000, nanos));
                results.add(perInstanceRatio(benchmark, 50_000, 10_000, nanos));
            }
            results.add(ratio("consumer 10000: the exchanges of pollAllChanged alone / parse", nanos,
                    EXCHANGES_VARIANT, "parse@10000", Double.NaN));
            results.add(ratio("consumer pollOnePercentChanged: cost per instance at 1000 in ten fleets polled in turn"
                    + " / at 1000", nanos, TEN_FLEETS_VARIANT, "pollOnePercentChanged@" + FLEET_SIZES[0],
                    Double.NaN));
            results.add(ratio("consumer pollOnePercentChanged: cost per instance at 10000 / at 1000 in ten fleets"
                    + " polled in turn", perInstance(nanos, "pollOnePercentChanged@10000", 10_000),
                    perInstance(nanos, TEN_FLEETS_VARIANT, FLEET_SIZES[0]), 1.5));
        } finally {
            for (ConsumerPollBenchmark fixture : fixtures) {
                fixture.stop();
            }
        }
    }

    private static Variant polls(List<ConsumerPollBenchmark> fleets,
            Supplier<? extends ConsumerPollBenchmark.NextList> nextLists, int callsPerBlock) {
        PollsInTurn polls = new PollsInTurn(fleets, nextLists);
        return new Variant(polls::poll, polls::parseNext, callsPerBlock);
    }

    /**
     * Polls fleets in turn. Each poll compares a list parsed just before it in a step that is not timed, as in a real
     * poll, where the diff reads a list the client has just parsed.
     */
    private static final class PollsInTurn {

        private final List<ConsumerPollBenchmark> fleets;
        private final List<ConsumerPollBenchmark.NextList> nextLists = new ArrayList<>();
        private int turn = -1;

        PollsInTurn(List<ConsumerPollBenchmark> fleets, Supplier<? extends ConsumerPollBenchmark.NextList> nextList) {
            this.fleets = fleets;
            fleets.forEach(fleet -> nextLists.add(nextList.get()));
        }

        Object parseNext() throws Exception {
            turn = (turn + 1) % fleets.size();
            nextLists.get(turn).parseNext(fleets.get(turn));
            return nextLists.get(turn);
        }

        Object poll() {
            ConsumerPollBenchmark.NextList next = nextLists.get(turn);
            int emitted = fleets.get(turn).poll(next.list);
            next.drop();
            return emitted;
        }
    }

    private static ConsumerPollBenchmark fixture(int size, List<ConsumerPollBenchmark> fixtures) throws Exception {
        ConsumerPollBenchmark fixture = new ConsumerPollBenchmark();
        fixture.instances = size;
        fixture.start();
        fixtures.add(fixture);
        return fixture;
    }

    /** Warms every variant up in turn, then returns each variant's nanoseconds per call in every round. */
    private static Map<String, double[]> measure(Map<String, Variant> variants, int rounds) throws Exception {
        List<String> names = new ArrayList<>(variants.keySet());
        long warmupEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < warmupEnd) {
            for (String name : names) {
                runBlock(variants.get(name));
            }
        }

        Map<String, double[]> nanos = new LinkedHashMap<>();
        names.forEach(name -> nanos.put(name, new double[rounds]));
        for (int round = 0; round < rounds; round++) {
            // Rotating the order keeps any variant from always running right after the same neighbour.
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((round + i) % names.size());
                Variant variant = variants.get(name);
                nanos.get(name)[round] = (double) runBlock(variant) / variant.callsPerBlock();
            }
        }
        return nanos;
    }

    private static long runBlock(Variant variant) throws Exception {
        if (variant.untimedStep() == null) {
            long started = System.nanoTime();
            for (int i = 0; i < variant.callsPerBlock(); i++) {
                requireResult(variant.call().run());
            }
            return System.nanoTime() - started;
        }

        long elapsed = 0;
        for (int i = 0; i < variant.callsPerBlock(); i++) {
            variant.untimedStep().run();
            long started = System.nanoTime();
            requireResult(variant.call().run());
            elapsed += System.nanoTime() - started;
        }
        return elapsed;
    }

    private static void requireResult(Object result) {
        if (result == null) {
            throw new IllegalStateException("A benchmark call returned null");
        }
    }

    private static ObjectNode ratio(String label, Map<String, double[]> nanos, String numerator, String denominator,
            double target) {
        return ratio(label, nanos.get(numerator), nanos.get(denominator), target);
    }

    /** Divides the two series round by round; the medians are reported in microseconds. */
    private static ObjectNode ratio(String label, double[] top, double[] bottom, double target) {
        double[] ratios = new double[top.length];
        for (int round = 0; round < top.length; round++) {
            ratios[round] = top[round] / bottom[round];
        }
        return result(label, ratios, target, median(top) / 1000, median(bottom) / 1000);
    }

    /**
     * Compares the per-instance cost at {@code size} with the cost at {@code baseSize}, round by round. Parsing a
     * list of 1,000 instances allocates about 2 MB, which fits in the test machine's 32 MB last-level cache, and one of
     * 10,000 about 21 MB, which does not fit beside everything else. So the linearity target applies from 10,000 up,
     * and the ratios to 1,000 are reported without a target next to the ten-fleet comparison, which measures that
     * cache effect.
     */
    private static ObjectNode perInstanceRatio(String benchmark, int size, int baseSize,
            Map<String, double[]> nanos) {
        return ratio("consumer " + benchmark + ": cost per instance at " + size + " / at " + baseSize,
                perInstance(nanos, benchmark + "@" + size, size), perInstance(nanos, benchmark + "@" + baseSize,
                        baseSize), baseSize == FLEET_SIZES[0] ? Double.NaN : 1.5);
    }

    private static double[] perInstance(Map<String, double[]> nanos, String variant, int size) {
        return Arrays.stream(nanos.get(variant)).map(perCall -> perCall / size).toArray();
    }

    private static ObjectNode result(String label, double[] ratios, double target, double numeratorMedian,
            double denominatorMedian) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        ObjectNode result = MAPPER.createObjectNode();
        result.put("check", "pairedRatio");
        result.put("label", label);
        result.put("rounds", sorted.length);
        result.put("median", percentile(sorted, 0.5));
        result.put("p25", percentile(sorted, 0.25));
        result.put("p75", percentile(sorted, 0.75));
        result.put("numeratorMedian", numeratorMedian);
        result.put("denominatorMedian", denominatorMedian);
        if (!Double.isNaN(target)) {
            result.put("target", target);
        }
        System.out.printf("%s: median %.3f (IQR %.3f to %.3f)%n", label, percentile(sorted, 0.5),
                percentile(sorted, 0.25), percentile(sorted, 0.75));
        return result;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 0.5);
    }

    private static double percentile(double[] sorted, double fraction) {
        return sorted[(int) Math.round(fraction * (sorted.length - 1))];
    }
}
