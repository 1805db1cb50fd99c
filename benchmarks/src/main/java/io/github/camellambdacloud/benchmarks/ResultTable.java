package io.github.camellambdacloud.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the benchmark targets as a Markdown table from JMH's JSON result file and the JSON that
 * {@code FleetChecks} writes, and exits with status 1 when a result the table needs is missing.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.camellambdacloud.benchmarks.ResultTable JMH.json CHECKS.json}.
 * A ratio's error combines the two scores' relative 99.9 % errors as independent: {@code r * sqrt(ea² + eb²)}.
 */
public final class ResultTable {

    private static final String LIST = "ListInstancesBenchmark.";
    private static final String ROUND_TRIP = "RoundTripBenchmark.";
    private static final String POLL = "ConsumerPollBenchmark.";
    private static final int[] FLEET_SIZES = {1_000, 10_000, 50_000};
    /** Per-instance cost at a larger fleet within this factor of the cost at 1,000 counts as linear. */
    private static final double LINEAR_TOLERANCE = 1.5;

    private final Map<String, Score> scores = new HashMap<>();
    private final List<String> rows = new ArrayList<>();
    private int missed;

    record Score(double value, double error, String unit) {

        String format() {
            return String.format(Locale.ROOT, "%.1f ± %.1f %s", value, Double.isNaN(error) ? 0 : error, unit);
        }

        double relativeError() {
            return Double.isNaN(error) ? 0 : error / value;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Expected two arguments: JMH.json CHECKS.json");
        }
        ObjectMapper mapper = new ObjectMapper();
        ResultTable table = new ResultTable();
        table.readJmh(mapper.readTree(Path.of(args[0]).toFile()));
        table.print(mapper.readTree(Path.of(args[1]).toFile()));
        if (table.missed > 0) {
            System.out.println();
            System.out.println(table.missed + " target(s) missed; see BENCHMARKS.md for the explanation of each.");
        }
    }

    private void readJmh(JsonNode results) {
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.get("params");
            if (params != null && params.has("instances")) {
                shortName += "@" + params.get("instances").asText();
            }
            JsonNode metric = result.get("primaryMetric");
            scores.put(shortName, new Score(metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                    metric.get("scoreUnit").asText()));
        }
    }

    private void print(JsonNode checks) {
        rows.add("| benchmark | score ± error (99.9 %) | ratio | to baseline | target | met |");
        rows.add("|---|---|---|---|---|---|");

        score(LIST + "transportOnly", "floor: the request, no parsing");
        ratio(LIST + "lambdaCloudProducer", LIST + "rawClient", 1.05);
        ratio(LIST + "lambdaCloudProducer", LIST + "camelHttpRoute", 0.95);
        ratio(LIST + "rawClient", LIST + "transportOnly", Double.NaN);
        ratio(ROUND_TRIP + "lambdaCloudProducer", ROUND_TRIP + "rawClient", 1.05);
        for (int size : FLEET_SIZES) {
            double target = size == 10_000 ? 0.25 : Double.NaN;
            ratio(POLL + "pollOnePercentChanged@" + size, POLL + "parse@" + size, target);
            ratio(POLL + "pollAllChanged@" + size, POLL + "parse@" + size, target);
        }
        for (String benchmark : List.of("parse", "pollOnePercentChanged", "pollAllChanged")) {
            linearity(POLL + benchmark);
        }
        for (JsonNode check : checks) {
            if (check.get("check").asText().equals("connectionReuse")) {
                double reuse = check.get("reuse").asDouble();
                row("connection reuse, " + check.get("client").asText(),
                        check.get("requests").asLong() + " requests, " + check.get("connections").asLong()
                                + " connections", percent(reuse), "", "≥ 99 %", reuse >= 0.99);
            } else {
                double bytes = check.get("jolBytesPerInstance").asDouble();
                row("snapshot heap per instance @" + check.get("instances").asInt(),
                        String.format(Locale.ROOT, "%.0f B (JOL), %.0f B (heap delta)", bytes,
                                check.get("heapDeltaBytesPerInstance").asDouble()),
                        "", "", "≤ 512 B", bytes <= 512);
            }
        }
        rows.forEach(System.out::println);
    }

    private void score(String name, String note) {
        row(name, require(name).format(), "", note, "", null);
    }

    private void ratio(String name, String baseline, double target) {
        Score score = require(name);
        Score base = require(baseline);
        double ratio = score.value() / base.value();
        double error = ratio * Math.hypot(score.relativeError(), base.relativeError());
        String ratioText = String.format(Locale.ROOT, "%.3f ± %.3f", ratio, error);
        String targetText = Double.isNaN(target) ? "" : String.format(Locale.ROOT, "≤ %.2f", target);
        row(name, score.format(), ratioText, baseline, targetText, Double.isNaN(target) ? null : ratio <= target);
    }

    /** Compares the per-instance cost at each fleet size with the cost at the smallest. */
    private void linearity(String benchmark) {
        Score smallest = require(benchmark + "@" + FLEET_SIZES[0]);
        double perInstanceSmallest = smallest.value() / FLEET_SIZES[0];
        double worst = 0;
        StringBuilder perInstance = new StringBuilder();
        for (int size : FLEET_SIZES) {
            double cost = require(benchmark + "@" + size).value() / size;
            worst = Math.max(worst, cost / perInstanceSmallest);
            perInstance.append(perInstance.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.2f", cost * 1_000_000)).append(" ns");
        }
        row(benchmark + " per instance", perInstance + " at 1k, 10k, 50k",
                String.format(Locale.ROOT, "%.2f", worst), "worst size / 1k", "≤ " + LINEAR_TOLERANCE,
                worst <= LINEAR_TOLERANCE);
    }

    private Score require(String name) {
        Score score = scores.get(name);
        if (score == null) {
            throw new IllegalStateException("Missing JMH result " + name + "; run every benchmark of run.sh");
        }
        return score;
    }

    private void row(String name, String score, String ratio, String baseline, String target, Boolean met) {
        if (Boolean.FALSE.equals(met)) {
            missed++;
        }
        String metText = met == null ? "" : met ? "yes" : "**no**";
        rows.add("| " + String.join(" | ", name, score, ratio, baseline, target, metText) + " |");
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }
}
